package org.coopenligne.documents.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The ledger of a school year as it is printed (« Cahier de compta. »): the opening balances, each entry with the
 * bank and cash balances after it, the year's totals and the totals per heading. Plain data: the ledger computes it.
 *
 * @param openingLabel « Report à nouveau au 01/09/2026 (saisi) » or « (repris de l'année précédente) »
 */
public record LedgerPrintData(
        DepartmentBlock department,
        CooperativeBlock cooperative,
        String schoolYear,
        LocalDate printedOn,
        String openingLabel,
        BigDecimal openingBank,
        BigDecimal openingCash,
        List<Line> lines,
        BigDecimal income,
        BigDecimal charges,
        BigDecimal closingBank,
        BigDecimal closingCash,
        List<HeadingTotal> headings) {

    /**
     * One entry: {@code detail} is its headings, means and cheque on a second line; {@code in} or {@code out} is
     * null when it is not that kind (a transfer has neither: it moves money between the bank and the cash box).
     */
    public record Line(Integer voucher, LocalDate date, String label, String detail, BigDecimal in, BigDecimal out, BigDecimal bank,
                       BigDecimal cash) {}

    public record HeadingTotal(String code, String label, boolean income, BigDecimal total) {}
}
