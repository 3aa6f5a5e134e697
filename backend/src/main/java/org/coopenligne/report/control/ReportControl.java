package org.coopenligne.report.control;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A report drawn for control, and its follow-up. */
@Entity
@Table(name = "report_control")
public class ReportControl extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_control_seq")
    @SequenceGenerator(name = "report_control_seq", sequenceName = "report_control_seq", allocationSize = 50)
    public Long id;

    @Column(name = "draw_id", nullable = false)
    public Long drawId;

    @Column(name = "report_id", nullable = false)
    public Long reportId;

    @Column(name = "cooperative_id", nullable = false)
    public Long cooperativeId;

    @Column(name = "department_id", nullable = false)
    public Long departmentId;

    /** Its place in the draw (1: the smallest key). */
    @Column(name = "draw_rank", nullable = false)
    public int rank;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public ControlDraws.Reason reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public ControlStatus status;

    @Column(name = "documents_requested", length = 2000)
    public String documentsRequested;

    @Column(length = 4000)
    public String remarks;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by", length = 80)
    public String updatedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public int version;
}
