package org.coopenligne.ledger.cash;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The cash count's requests and views ("L'arrêté de caisse"). */
public final class CashCountDtos {

    private CashCountDtos() {}

    @Schema(name = "CashQuantityRequest", description = "How many notes or coins of one value")
    public record QuantityRequest(
            @Schema(description = "The note's or coin's value in euros", example = "20.00")
            @NotNull(message = "Indiquez la valeur du billet ou de la pièce.") BigDecimal value,
            @Schema(example = "3")
            @NotNull(message = "Indiquez le nombre (0 si aucun).")
            @Min(value = 0, message = "Le nombre ne peut pas être négatif.")
            @Max(value = 100000, message = "Le nombre ne peut pas dépasser 100 000.") Integer quantity) {}

    @Schema(name = "CashCountRequest", description = "A cash count: the day, and the number of each note and coin (the values not listed count 0)")
    public record CountRequest(
            @Schema(description = "The day of the count, not after today", example = "2027-08-31")
            @NotNull(message = "Indiquez la date de l'arrêté de caisse.") LocalDate countedOn,
            @NotNull(message = "Indiquez le nombre de billets et de pièces.")
            @Size(max = 15, message = "Quinze valeurs au plus, de 500 € à 0,01 €.") List<@Valid @NotNull(message = "Une ligne vide.") QuantityRequest> quantities,
            @Schema(description = "When changing a count: the version read (or send If-Match)") Integer version) {}

    @Schema(name = "CashQuantity", description = "One value of the count: how many, and what they make")
    public record Quantity(@Schema(example = "20.00") BigDecimal value, boolean note, int quantity, @Schema(example = "60.00") BigDecimal amount) {}

    @Schema(name = "CashCountView", description = "A cash count, against the ledger's cash balance at that date")
    public record CountView(
            long id,
            LocalDate countedOn,
            String schoolYear,
            @Schema(description = "Every value from 500 € down to 0,01 €") List<Quantity> quantities,
            @Schema(description = "What was counted") BigDecimal total,
            @Schema(description = "The ledger's cash balance at the end of that day, as the books stand now") BigDecimal bookBalance,
            @Schema(description = "Counted minus books: zero is « Bravo »") BigDecimal difference,
            String countedBy,
            Instant updatedAt,
            int version) {}

    @Schema(name = "CashCountsView", description = "The cash counts of a school year, the latest first")
    public record CountsView(
            String schoolYear,
            @Schema(description = "The values a count lists, 500 € first") List<BigDecimal> values,
            @Schema(description = "The ledger's cash balance at balanceDate, for a new count") BigDecimal currentBookBalance,
            @Schema(description = "Today, or the year's last day for a past year: the day a new count is proposed for") LocalDate balanceDate,
            List<CountView> counts) {}
}
