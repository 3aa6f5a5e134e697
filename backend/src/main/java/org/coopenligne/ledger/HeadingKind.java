package org.coopenligne.ledger;

/** A heading of the chart: a charge (6…), an income (7…), or a treasury account (512 bank, 530 cash). */
public enum HeadingKind {
    CHARGE, INCOME, TREASURY
}
