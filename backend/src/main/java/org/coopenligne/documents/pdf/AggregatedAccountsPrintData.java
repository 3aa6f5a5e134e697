package org.coopenligne.documents.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The department's aggregated accounts of a year as printed for its general assembly and its auditor: every validated
 * financial report summed. Plain data: the reports compute it.
 */
public record AggregatedAccountsPrintData(
        DepartmentBlock department,
        String schoolYear,
        LocalDate printedOn,
        long cooperatives,
        long validatedReports,
        long pendingReports,
        long notSent,
        BigDecimal openingBank,
        BigDecimal openingCash,
        List<Heading> headings,
        BigDecimal income,
        BigDecimal charges,
        BigDecimal closingBank,
        BigDecimal closingCash,
        List<Subsidies> subsidies) {

    public record Heading(String code, String label, boolean income, long reports, BigDecimal amount) {}

    public record Subsidies(String funder, long reports, BigDecimal granted, BigDecimal received) {}
}
