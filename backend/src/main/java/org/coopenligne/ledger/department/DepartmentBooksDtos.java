package org.coopenligne.ledger.department;

import java.math.BigDecimal;
import java.util.List;
import org.coopenligne.ledger.HeadingKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The books of a department's cooperatives, summed: what staff read of the year's ledgers kept with us. */
public final class DepartmentBooksDtos {

    private DepartmentBooksDtos() {}

    @Schema(name = "DepartmentHeadingTotal", description = "A heading of the department's chart of the year, summed over its cooperatives' ledgers")
    public record HeadingTotal(@Schema(example = "6251") String code, @Schema(example = "Sorties et voyages") String label, HeadingKind kind,
                               @Schema(description = "Entries (or shares of split entries) under it") long entries,
                               @Schema(example = "182340.50") BigDecimal total) {}

    @Schema(name = "DepartmentBooks", description = "The year's ledgers of a department's cooperatives, summed per heading")
    public record DepartmentBooksView(@Schema(example = "038") String departmentCode, @Schema(example = "2025-2026") String schoolYear,
                                      @Schema(description = "Cooperatives of the department") long cooperatives,
                                      @Schema(description = "Of them, those with at least one income or charge in the year") long cooperativesWithBooks,
                                      BigDecimal income, BigDecimal charges,
                                      @Schema(description = "Income − charges") BigDecimal result,
                                      @Schema(description = "In the chart's order: only the headings used") List<HeadingTotal> headings) {}
}
