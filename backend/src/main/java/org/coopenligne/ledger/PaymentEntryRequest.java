package org.coopenligne.ledger;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the mandataire confirms before the adhesion's payment is written (seed 001: "Prévoyez d'inscrire le numéro
 * de votre chèque, celui de la P.J."): the means, the cheque's number for a cheque, the voucher number.
 */
@Schema(name = "PaymentEntryRequest")
public record PaymentEntryRequest(
        @NotNull(message = "Indiquez le moyen de paiement.") LedgerMeans means,
        @Schema(example = "1234567", description = "Required for a cheque")
        @Pattern(regexp = "[0-9]{1,20}", message = "Le numéro de chèque s'écrit en chiffres (20 au plus).") String chequeNumber,
        @Schema(example = "1", description = "Unique in the school year; GET …/ledger-entries/next-numbers suggests one")
        @NotNull(message = "Indiquez le numéro de la pièce justificative.")
        @Min(value = 1, message = "Le numéro de pièce est un nombre de 1 à 99999.")
        @Max(value = 99999, message = "Le numéro de pièce est un nombre de 1 à 99999.") Integer voucherNumber,
        @Schema(description = "The day of the payment (the cheque's issue date); the payment's date known to staff by default")
        LocalDate date) {}
