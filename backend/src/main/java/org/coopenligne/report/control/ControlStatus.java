package org.coopenligne.report.control;

/** Where the follow-up of a report drawn for control stands; it only moves forward, and a closed one stays closed. */
public enum ControlStatus {
    DRAWN("tiré au sort"), DOCUMENTS_REQUESTED("pièces demandées"), CHECKED("pièces vérifiées"), CLOSED("contrôle clos");

    public final String label;

    ControlStatus(String label) {
        this.label = label;
    }
}
