package org.coopenligne.ledger;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the entry form suggests: the year's next voucher number and the cheque after the last one written. */
@Schema(name = "LedgerNextNumbers")
public record NextNumbersView(
        @Schema(example = "4") int voucherNumber,
        @Schema(example = "1234568", description = "Null while no cheque is written") String chequeNumber) {}
