package org.coopenligne.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A pedagogical action of a cooperative's year ("Actions péda."): the entries that belong to it make its result. */
@Entity
@Table(name = "ledger_action")
public class LedgerAction extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_action_seq")
    @SequenceGenerator(name = "ledger_action_seq", sequenceName = "ledger_action_seq", allocationSize = 50)
    public Long id;

    @Column(name = "cooperative_id", nullable = false)
    public Long cooperativeId;

    @Column(name = "school_year", nullable = false, length = 9)
    public String schoolYear;

    @Column(nullable = false, length = 120)
    public String name;

    @Version
    public int version;
}
