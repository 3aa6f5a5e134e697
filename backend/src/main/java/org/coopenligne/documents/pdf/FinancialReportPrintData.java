package org.coopenligne.documents.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The financial report of a school year as it is printed (« Compte-Rendu Financier »), and its quitus: the figures,
 * the balance check, the two verifiers. Plain data: the report computes it.
 *
 * @param quitus the quitus page (the summary, the verifiers' statement, two signature boxes), or the whole report
 */
public record FinancialReportPrintData(
        DepartmentBlock department,
        CooperativeBlock cooperative,
        String schoolYear,
        LocalDate printedOn,
        boolean quitus,
        String status,
        boolean paperBooks,
        BigDecimal openingBank,
        BigDecimal openingCash,
        List<Heading> headings,
        BigDecimal income,
        BigDecimal charges,
        BigDecimal statementBalance,
        BigDecimal notDebited,
        BigDecimal notCredited,
        BigDecimal cash,
        String equation,
        String verdict,
        String verifierParent,
        String verifierTeacher,
        List<Subsidy> subsidies) {

    public record Heading(String code, String label, boolean income, BigDecimal amount) {}

    /** A row of the subsidies table: the funder (its kind in French, its name), the purpose, granted and received. */
    public record Subsidy(String funder, String purpose, BigDecimal granted, BigDecimal received) {}
}
