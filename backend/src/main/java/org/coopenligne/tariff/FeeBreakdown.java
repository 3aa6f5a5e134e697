package org.coopenligne.tariff;

import java.math.BigDecimal;
import java.util.List;
import org.coopenligne.common.money.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The fee, line by line as the seeds show it; the total is the sum of the lines. */
@Schema(name = "FeeBreakdown")
public record FeeBreakdown(List<Line> lines, @Schema(example = "439.25") Money total) {

    public enum Section { ADHESION, INSURANCE, OTHER }

    @Schema(name = "FeeLine")
    public record Line(
            @Schema(example = "MEMBERSHIP") String code,
            Section section,
            @Schema(example = "des coopérateurs (175 x 2,26 €)") String label,
            @Schema(description = "Members, or the declared value, the line is computed on") BigDecimal quantity,
            @Schema(description = "Rate applied, when there is one") BigDecimal rate,
            @Schema(example = "395.50") Money amount,
            @Schema(description = "An explanation, e.g. \"0,00 € est inférieur à 2 000,00 €\"") String note) {}
}
