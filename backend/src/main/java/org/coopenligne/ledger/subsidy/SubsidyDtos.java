package org.coopenligne.ledger.subsidy;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "Les subventions": requests and views. */
public final class SubsidyDtos {

    private SubsidyDtos() {}

    @Schema(name = "SubsidyRequest", description = "A subsidy: who grants it, for what, how much, the decision's date, the income entries that received it")
    public record SubsidyRequest(
            @NotNull(message = "Choisissez qui accorde la subvention.") FunderType funderType,
            @NotBlank(message = "Indiquez le nom du financeur (par exemple « Mairie de Vienne »).")
            @Size(max = 150, message = "Le nom du financeur a 150 caractères au plus.") String funderName,
            @NotBlank(message = "Indiquez l'objet de la subvention.") @Size(max = 300, message = "L'objet a 300 caractères au plus.") String purpose,
            @NotNull(message = "Indiquez le montant accordé.")
            @DecimalMin(value = "0.01", message = "Le montant accordé est positif.")
            @DecimalMax(value = "9999999.99", message = "Le montant dépasse 9 999 999,99 €.")
            @Digits(integer = 10, fraction = 2, message = "Un montant a deux décimales au plus.") BigDecimal amountGranted,
            @NotNull(message = "Indiquez la date de la décision.") LocalDate decidedOn,
            @Schema(description = "The ledger's income entries that received it") @Size(max = 50, message = "50 versements au plus.") List<Long> entryIds,
            @Schema(description = "When changing it: the version read (or send If-Match)") Integer version) {}

    @Schema(name = "SubsidyReceipt", description = "An income entry that received the subsidy")
    public record Receipt(long entryId, Integer voucherNumber, LocalDate date, String label, BigDecimal amount) {}

    @Schema(name = "SubsidyView")
    public record SubsidyView(long id, String schoolYear, FunderType funderType, String funderName, String purpose, BigDecimal amountGranted,
                              LocalDate decidedOn, List<Receipt> receipts,
                              @Schema(description = "The sum of the receipts") BigDecimal received,
                              @Schema(description = "Granted − received, never below zero") BigDecimal expected, int version) {}

    @Schema(name = "SubsidiesView", description = "The subsidies decided in a school year, and their totals")
    public record SubsidiesView(String schoolYear, List<SubsidyView> subsidies, BigDecimal granted, BigDecimal received, BigDecimal expected) {}
}
