package org.coopenligne.ledger.chart;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.coopenligne.ledger.HeadingKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The chart of headings as its keepers see it: where each heading comes from, what the department changed. */
public final class ChartDtos {

    private ChartDtos() {}

    public enum Origin { NATIONAL, DEPARTMENT }

    @Schema(name = "ChartHeading", description = "A heading of a chart and where it comes from")
    public record ChartHeading(@Schema(example = "60681") String code, @Schema(example = "Fournitures de la classe de mer") String label,
                               HeadingKind kind,
                               @Schema(description = "NATIONAL: the default; DEPARTMENT: added or relabelled by the department for the year") Origin origin,
                               @Schema(description = "The national label, when the department relabelled it for the year") String nationalLabel,
                               @Schema(description = "For a department's sub-heading: the national heading it details") String parentCode,
                               @Schema(description = "Entries that use it (the year's, in the department; every year's for the national chart)") long entries,
                               @Schema(description = "The version of the row to change (the department's for a department chart), for If-Match") Integer version) {}

    @Schema(name = "LedgerChart", description = "The national chart, or a department's chart of a year")
    public record ChartView(@Schema(description = "Null for the national chart") String departmentCode,
                            @Schema(description = "Null for the national chart") String schoolYear, List<ChartHeading> headings) {}

    @Schema(name = "ChartHeadingRequest", description = "The label of a heading (national: its kind too when it is new)")
    public record HeadingRequest(
            @NotBlank(message = "Écrivez le libellé de la rubrique.") @Size(max = 120, message = "Le libellé a 120 caractères au plus.") String label,
            @Schema(description = "National headings only, when it is new: CHARGE (6…) or INCOME (7…)") HeadingKind kind) {}
}
