package org.coopenligne.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import org.coopenligne.ledger.subsidy.FunderType;

/** A row of the financial report's subsidies table. */
@Embeddable
public class ReportSubsidy {

    @Enumerated(EnumType.STRING)
    @Column(name = "funder_type", nullable = false, length = 12)
    public FunderType funderType;

    @Column(name = "funder_name", nullable = false, length = 150)
    public String funderName;

    @Column(nullable = false, length = 300)
    public String purpose;

    @Column(name = "amount_granted", nullable = false, precision = 12, scale = 2)
    public BigDecimal amountGranted;

    @Column(name = "amount_received", nullable = false, precision = 12, scale = 2)
    public BigDecimal amountReceived;

    public ReportSubsidy() {}

    ReportSubsidy(FunderType funderType, String funderName, String purpose, BigDecimal amountGranted, BigDecimal amountReceived) {
        this.funderType = funderType;
        this.funderName = funderName;
        this.purpose = purpose;
        this.amountGranted = amountGranted;
        this.amountReceived = amountReceived;
    }
}
