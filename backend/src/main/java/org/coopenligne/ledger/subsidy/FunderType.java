package org.coopenligne.ledger.subsidy;

/** Who grants a subsidy (the seeds' list: État, région, département, commune, autre). */
public enum FunderType {
    STATE("État"), REGION("Région"), DEPARTMENT("Département"), COMMUNE("Commune"), OTHER("Autre");

    /** In French, as the printed reports say it. */
    public final String label;

    FunderType(String label) {
        this.label = label;
    }
}
