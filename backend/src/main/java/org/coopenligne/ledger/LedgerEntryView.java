package org.coopenligne.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LedgerEntry", description = "A line of the cooperative's accounting journal (cahier de comptes)")
public record LedgerEntryView(
        long id,
        @Schema(example = "2025-2026") String schoolYear,
        @Schema(example = "2025-09-25") LocalDate date,
        @Schema(example = "Cotisation OCCE 2025 - 2026 (adhésion et assurance)") String label,
        EntryKind kind,
        Treasury treasury,
        @Schema(example = "0.00") BigDecimal amountIn,
        @Schema(example = "1157.11") BigDecimal amountOut,
        LedgerMeans paymentMeans,
        @Schema(example = "3", description = "The voucher's number in the year (n° de P.J.)") Integer voucherNumber,
        @Schema(example = "1234567") String chequeNumber,
        @Schema(description = "The split over headings (empty for a transfer)") java.util.List<Part> parts,
        @Schema(description = "The adhesion whose payment this entry records, if any") Long adhesionId,
        @Schema(description = "Ticked: the date of the bank statement it was seen on") LocalDate clearedOn,
        @Schema(description = "The pedagogical action it belongs to, if any") Long actionId,
        @Schema(description = "The class line of the year's adhesion it is allocated to, if any") Long classLineId,
        int version) {

    @Schema(name = "LedgerPart")
    public record Part(@Schema(example = "6586") String heading, @Schema(example = "Cotisations versées à l'OCCE (adhésion, assurance)") String label,
                       @Schema(example = "117.97") BigDecimal amount) {}
}
