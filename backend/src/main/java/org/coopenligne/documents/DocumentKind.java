package org.coopenligne.documents;

/** What an uploaded file is. */
public enum DocumentKind {
    /** The signed "engagement du mandataire" of an adhesion */
    ENGAGEMENT("Engagement du mandataire signé"),
    /** The signed change-of-mandataire form */
    MANDATAIRE_CHANGE_FORM("Formulaire de changement signé"),
    /** A copy of the new mandataire's identity card or passport */
    ID_COPY("Pièce d'identité"),
    /** A proof of address less than 3 months old */
    PROOF_OF_ADDRESS("Justificatif de domicile"),
    /** A receipt or invoice of a ledger entry (pièce justificative) */
    VOUCHER("Pièce justificative"),
    /** The annual report's quitus, signed by its two verifiers */
    QUITUS("Quitus signé"),
    /** A copy of the bank statement at 31 August, for the annual report */
    AUGUST_STATEMENT("Relevé bancaire au 31/08");

    public final String label;

    DocumentKind(String label) {
        this.label = label;
    }
}
