package org.coopenligne.adhesion;

/** The statuses of SPEC.md, with the wording the seeds show on the home page. */
public enum AdhesionStatus {
    NOT_STARTED("À saisir"),
    DRAFT("Saisie en cours"),
    SUBMITTED("Le paiement n'est pas validé"),
    CORRECTION_REQUESTED("L'adhésion est saisie, mais elle doit être corrigée. L'OCCE a besoin d'informations complémentaires"),
    VALIDATED("L'adhésion est saisie, et a été validée. Bravo !");

    public final String label;

    AdhesionStatus(String label) {
        this.label = label;
    }

    public boolean editableByMandataire() {
        return this == DRAFT || this == CORRECTION_REQUESTED;
    }
}
