package org.coopenligne.adhesion;

/** The statuses of SPEC.md, with the wording the seeds show on the home page. */
public enum AdhesionStatus {
    NOT_STARTED("À saisir", "à saisir"),
    DRAFT("Saisie en cours", "saisie en cours"),
    SUBMITTED("Le paiement n'est pas validé", "envoyée à l'OCCE"),
    CORRECTION_REQUESTED("L'adhésion est saisie, mais elle doit être corrigée. L'OCCE a besoin d'informations complémentaires",
            "à corriger"),
    VALIDATED("L'adhésion est saisie, et a été validée. Bravo !", "validée");

    /** The home page's wording. */
    public final String label;

    /** A few words for messages and lists. */
    public final String shortLabel;

    AdhesionStatus(String label, String shortLabel) {
        this.label = label;
        this.shortLabel = shortLabel;
    }

    public boolean editableByMandataire() {
        return this == DRAFT || this == CORRECTION_REQUESTED;
    }
}
