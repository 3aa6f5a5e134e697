package org.coopenligne.adhesion;

/** Review checklist item 3: "et, éventuellement, le formulaire de changement de mandataire et - ou de signataires". */
public enum ChangeFormStatus {
    /** "pas de changement" */
    NONE("pas de changement"),
    /** "reçu" */
    RECEIVED("reçu"),
    /** "AD pas encore informé": a change is announced but its form has not arrived */
    PENDING("en attente");

    public final String label;

    ChangeFormStatus(String label) {
        this.label = label;
    }
}
