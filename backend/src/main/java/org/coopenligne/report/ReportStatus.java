package org.coopenligne.report;

/** Where a cooperative's annual report of a year stands, in the words of the Sommaire (seed 003). */
public enum ReportStatus {
    NOT_STARTED("à établir"),
    DRAFT("saisie en cours"),
    SUBMITTED("envoyé à l'OCCE"),
    CORRECTION_REQUESTED("à corriger"),
    VALIDATED("validé");

    /** The queue's and the lists' short wording. */
    public final String shortLabel;

    ReportStatus(String shortLabel) {
        this.shortLabel = shortLabel;
    }

    /** The cooperative may still change it. */
    public boolean editable() {
        return this == NOT_STARTED || this == DRAFT || this == CORRECTION_REQUESTED;
    }
}
