package org.coopenligne.ledger.inventory;

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

/** « Cahier d'inventaire »: requests and views. */
public final class InventoryDtos {

    private InventoryDtos() {}

    @Schema(name = "InventoryItemRequest")
    public record ItemRequest(
            @NotNull(message = "Indiquez la date d'achat.") LocalDate acquiredOn,
            @NotBlank(message = "Décrivez le bien (par exemple « Vidéoprojecteur »).") @Size(max = 200, message = "Le libellé a 200 caractères au plus.")
            String label,
            @NotNull(message = "Indiquez la valeur du bien.")
            @DecimalMin(value = "0.01", message = "La valeur est positive.")
            @DecimalMax(value = "9999999.99", message = "La valeur dépasse 9 999 999,99 €.")
            @Digits(integer = 10, fraction = 2, message = "Un montant a deux décimales au plus.") BigDecimal value,
            @Schema(description = "The ledger's charge that paid it") Long entryId,
            @Schema(description = "When it left the inventory; empty while held") LocalDate disposedOn,
            @Schema(description = "When changing it: the version read (or send If-Match)") Integer version) {}

    @Schema(name = "InventoryItemView")
    public record ItemView(long id, LocalDate acquiredOn, String label, BigDecimal value, Long entryId,
                           @Schema(description = "The paying entry's voucher number") Integer entryVoucherNumber, LocalDate disposedOn, int version) {}

    @Schema(name = "InventoryView", description = "The inventory, the latest purchase first, and the value of what is held")
    public record InventoryView(List<ItemView> items,
                                @Schema(description = "The value of the items held: offered as the property value of the next adhesion") BigDecimal heldValue) {}
}
