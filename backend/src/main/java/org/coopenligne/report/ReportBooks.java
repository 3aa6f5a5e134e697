package org.coopenligne.report;

/** Where the report's figures come from: the ledger kept with us, or a paper ledger whose totals are typed. */
public enum ReportBooks {
    LEDGER, PAPER
}
