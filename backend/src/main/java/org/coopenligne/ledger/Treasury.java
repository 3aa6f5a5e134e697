package org.coopenligne.ledger;

/** Where the money is: the bank account (512) or the cash box (530). */
public enum Treasury {
    BANK, CASH;

    /** The other one: a transfer from the cash box goes to the bank, and back. */
    public Treasury other() {
        return this == BANK ? CASH : BANK;
    }
}
