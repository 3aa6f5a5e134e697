package org.coopenligne.ledger.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.coopenligne.common.SchoolYears;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "Actions péda.": requests and views. */
public final class ActionDtos {

    private ActionDtos() {}

    @Schema(name = "LedgerActionRequest")
    public record ActionRequest(
            @NotBlank(message = "Nommez l'action (par exemple « Classe de neige »).") @Size(max = 120, message = "Le nom a 120 caractères au plus.")
            String name,
            @Schema(example = "2026-2027") @NotNull(message = "Indiquez l'année scolaire de l'action.")
            @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String schoolYear,
            @Schema(description = "When renaming: the version read (or send If-Match)") Integer version) {}

    @Schema(name = "LedgerActionView", description = "An action and what its entries make")
    public record ActionView(Long id, String name, BigDecimal income, BigDecimal charges, BigDecimal result, int entries, Integer version) {}

    @Schema(name = "LedgerActionsView", description = "The actions of a year, the entries of no action, and the year's totals they add up to")
    public record ActionsView(String schoolYear, List<ActionView> actions, ActionView withoutAction, BigDecimal income, BigDecimal charges,
                              BigDecimal result) {}
}
