package org.coopenligne.tariff;

import java.util.EnumSet;
import java.util.Set;

/** The ways to pay that a department may enable (seeds 001 and 002), with the words every document uses for them. */
public enum PaymentMeans {
    /** "la collecte et/ou par virement" */
    TRANSFER("Collecte et/ou virement"),
    /** "par chèque" */
    CHEQUE("Chèque"),
    /** "un autre moyen tel que mairie et/ou sou des écoles" */
    OTHER_PAYER("Autre payeur (mairie, sou des écoles…)"),
    /** "Prélèvement IMMÉDIAT" */
    DIRECT_DEBIT_NOW("Prélèvement immédiat"),
    /** "Prélèvement en DÉCEMBRE" */
    DIRECT_DEBIT_DECEMBER("Prélèvement en décembre");

    /** The seeds' wording (certificates, exports in lower case); the SPA's table says the same in its forms. */
    public final String label;

    PaymentMeans(String label) {
        this.label = label;
    }

    /** Drawn by the department's SEPA file after validation, rather than paid by the cooperative before it. */
    public boolean isDirectDebit() {
        return this == DIRECT_DEBIT_NOW || this == DIRECT_DEBIT_DECEMBER;
    }

    /** The ways to pay that go into a SEPA file. */
    public static Set<PaymentMeans> directDebits() {
        return EnumSet.of(DIRECT_DEBIT_NOW, DIRECT_DEBIT_DECEMBER);
    }
}
