package org.coopenligne.ledger.inventory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A line of the « Cahier d'inventaire »: something the cooperative bought and owns, until it leaves the inventory. */
@Entity
@Table(name = "inventory_item")
public class InventoryItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inventory_item_seq")
    @SequenceGenerator(name = "inventory_item_seq", sequenceName = "inventory_item_seq", allocationSize = 50)
    public Long id;

    @Column(name = "cooperative_id", nullable = false)
    public Long cooperativeId;

    @Column(name = "acquired_on", nullable = false)
    public LocalDate acquiredOn;

    @Column(nullable = false, length = 200)
    public String label;

    @Column(name = "item_value", nullable = false, precision = 12, scale = 2)
    public BigDecimal value;

    /** The ledger entry that paid it, if it was bought through the books. */
    @Column(name = "entry_id")
    public Long entryId;

    /** When it left the inventory (broken, given away, sold); null while held. */
    @Column(name = "disposed_on")
    public LocalDate disposedOn;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}
