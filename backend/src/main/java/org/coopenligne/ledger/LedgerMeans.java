package org.coopenligne.ledger;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How money came in or went out of the cooperative (SPEC.md "An entry"). */
@Schema(description = "CHEQUE, CASH (espèces), CARD, TRANSFER (virement), DIRECT_DEBIT (prélèvement)")
public enum LedgerMeans {
    CHEQUE, CASH, CARD, TRANSFER, DIRECT_DEBIT
}
