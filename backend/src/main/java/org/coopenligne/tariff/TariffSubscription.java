package org.coopenligne.tariff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** An optional subscription of the department (e.g. its magazine "Animation & Éducation"). */
@Entity
@Table(name = "tariff_subscription")
public class TariffSubscription extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tariff_subscription_seq")
    @SequenceGenerator(name = "tariff_subscription_seq", sequenceName = "tariff_subscription_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tariff_id")
    public Tariff tariff;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 120)
    public String name;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal price;
}
