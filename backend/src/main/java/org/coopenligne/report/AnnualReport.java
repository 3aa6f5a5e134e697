package org.coopenligne.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A cooperative's annual report of a school year (its financial part, the CRF): typed figures for a paper ledger, the
 * ledger's figures kept at submission otherwise; its status in the review loop; the closing balances once validated.
 */
@Entity
@Table(name = "annual_report")
public class AnnualReport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "annual_report_seq")
    @SequenceGenerator(name = "annual_report_seq", sequenceName = "annual_report_seq", allocationSize = 50)
    public Long id;

    @Column(name = "cooperative_id", nullable = false)
    public Long cooperativeId;

    @Column(name = "department_id", nullable = false)
    public Long departmentId;

    @Column(name = "school_year", nullable = false, length = 9)
    public String schoolYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public ReportStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public ReportBooks books;

    @Column(name = "opening_bank", precision = 12, scale = 2)
    public BigDecimal openingBank;

    @Column(name = "opening_cash", precision = 12, scale = 2)
    public BigDecimal openingCash;

    @Column(precision = 12, scale = 2)
    public BigDecimal income;

    @Column(precision = 12, scale = 2)
    public BigDecimal charges;

    @Column(name = "statement_balance", precision = 12, scale = 2)
    public BigDecimal statementBalance;

    @Column(name = "not_debited", precision = 12, scale = 2)
    public BigDecimal notDebited;

    @Column(name = "not_credited", precision = 12, scale = 2)
    public BigDecimal notCredited;

    @Column(precision = 12, scale = 2)
    public BigDecimal cash;

    @Column(name = "closing_bank", precision = 12, scale = 2)
    public BigDecimal closingBank;

    @Column(name = "closing_cash", precision = 12, scale = 2)
    public BigDecimal closingCash;

    @Column(name = "verifier_parent", length = 120)
    public String verifierParent;

    @Column(name = "verifier_teacher", length = 120)
    public String verifierTeacher;

    @Column(name = "quitus_received", nullable = false)
    public boolean quitusReceived;

    @Column(name = "statement_received", nullable = false)
    public boolean statementReceived;

    /** The staff's checklist: null until looked at, then checked (true) or not right (false). */
    @Column(name = "check_quitus")
    public Boolean checkQuitus;

    @Column(name = "check_statement")
    public Boolean checkStatement;

    @Column(name = "check_subsidies")
    public Boolean checkSubsidies;

    /** The balance check's gap when submitted (zero when it holds), for the staff's queue. */
    @Column(precision = 12, scale = 2)
    public BigDecimal gap;

    /** Charges and income per heading code (typed, or the ledger's at submission). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "annual_report_heading", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "heading_code", length = 10)
    @Column(name = "amount", nullable = false, precision = 12, scale = 2)
    public Map<String, BigDecimal> headings = new TreeMap<>();

    /** The subsidies table: typed (paper books), or the books' subsidies kept at submission. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "annual_report_subsidy", joinColumns = @JoinColumn(name = "report_id"))
    @jakarta.persistence.OrderColumn(name = "position")
    public java.util.List<ReportSubsidy> subsidies = new java.util.ArrayList<>();

    /** The activity report's answers, by question code, as typed */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "annual_report_answer", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "question_code", length = 40)
    @Column(name = "answer", nullable = false, length = 4000)
    public Map<String, String> answers = new TreeMap<>();

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(nullable = false)
    public boolean late;

    @Column(name = "validated_at")
    public Instant validatedAt;

    @Column(name = "validated_by", length = 80)
    public String validatedBy;

    @Column(name = "correction_message", length = 2000)
    public String correctionMessage;

    /** The mandataire's request to correct the carried opening, with its reason, until the year before is reopened. */
    @Column(name = "opening_correction", length = 2000)
    public String openingCorrection;

    @Column(name = "opening_correction_at")
    public Instant openingCorrectionAt;

    @Column(name = "reopen_reason", length = 2000)
    public String reopenReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;
}
