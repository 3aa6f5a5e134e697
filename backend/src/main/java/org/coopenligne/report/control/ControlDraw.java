package org.coopenligne.report.control;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A department's draw of a year's validated reports for the control of the accounts: its seed and its rule. */
@Entity
@Table(name = "report_control_draw")
public class ControlDraw extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_control_draw_seq")
    @SequenceGenerator(name = "report_control_draw_seq", sequenceName = "report_control_draw_seq", allocationSize = 50)
    public Long id;

    @Column(name = "department_id", nullable = false)
    public Long departmentId;

    @Column(name = "school_year", nullable = false, length = 9)
    public String schoolYear;

    @Column(nullable = false, length = 40)
    public String seed;

    @Column(name = "share_percent", nullable = false)
    public int sharePercent;

    @Column(name = "above_amount", precision = 12, scale = 2)
    public BigDecimal aboveAmount;

    /** Whether each district got at least one report drawn. */
    @Column(name = "per_district", nullable = false)
    public boolean perDistrict;

    /** The validated reports it was drawn from. */
    @Column(nullable = false)
    public int population;

    @Column(name = "drawn_at", nullable = false)
    public Instant drawnAt;

    @Column(name = "drawn_by", nullable = false, length = 80)
    public String drawnBy;
}
