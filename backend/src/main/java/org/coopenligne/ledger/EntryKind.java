package org.coopenligne.ledger;

/** What an entry does to the books: income (7…), a charge (6…), or money moved between the bank and the cash box. */
public enum EntryKind {
    INCOME, CHARGE, TRANSFER
}
