package org.coopenligne.ledger.classes;

import java.math.BigDecimal;
import java.util.List;
import org.coopenligne.ledger.LedgerEntryView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "Cahier de compta. classe": the views of the class ledgers. */
public final class ClassLedgerDtos {

    private ClassLedgerDtos() {}

    @Schema(name = "ClassLedgerSummary", description = "A class line of the year's adhesion and what its entries make")
    public record ClassSummary(@Schema(description = "The class line's id; null for the entries of no class") Long classLineId,
                               @Schema(example = "CM1-CM2") String className, @Schema(example = "JEAN DUPONT") String teachers,
                               @Schema(example = "24") Integer pupils, BigDecimal income, BigDecimal charges,
                               @Schema(description = "Income − charges: the class's balance") BigDecimal balance, int entries) {}

    @Schema(name = "ClassLedgersView", description = "The class ledgers of a year, the entries of no class, and the year's totals they add up to")
    public record ClassesView(String schoolYear, @Schema(description = "False while the year's adhesion has no class line to allocate entries to") boolean hasClassLines,
                              List<ClassSummary> classes, ClassSummary withoutClass, BigDecimal income, BigDecimal charges, BigDecimal balance) {}

    @Schema(name = "ClassLedgerLine")
    public record ClassLine(LedgerEntryView entry, @Schema(description = "The class's balance after this entry") BigDecimal balance) {}

    @Schema(name = "ClassLedgerView", description = "One class's ledger: its entries in date order with its balance after each")
    public record ClassLedgerView(String schoolYear, ClassSummary summary, List<ClassLine> lines) {}
}
