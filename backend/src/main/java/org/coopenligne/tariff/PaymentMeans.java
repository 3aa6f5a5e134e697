package org.coopenligne.tariff;

/** The ways to pay that a department may enable (seeds 001 and 002). */
public enum PaymentMeans {
    /** "la collecte et/ou par virement" */
    TRANSFER,
    /** "par chèque" */
    CHEQUE,
    /** "un autre moyen tel que mairie et/ou sou des écoles" */
    OTHER_PAYER,
    /** "Prélèvement IMMÉDIAT" */
    DIRECT_DEBIT_NOW,
    /** "Prélèvement en DÉCEMBRE" */
    DIRECT_DEBIT_DECEMBER
}
