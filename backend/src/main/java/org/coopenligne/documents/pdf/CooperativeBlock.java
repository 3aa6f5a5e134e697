package org.coopenligne.documents.pdf;

/**
 * A cooperative's identity ("fiche identité") as printed on its documents.
 *
 * @param code            the cooperative's login and number ("046-0410")
 * @param schoolName      "École Publique Jules Ferry"
 * @param schoolType      French label of the school type ("École élémentaire")
 * @param addressLine     street address
 * @param postalCode      postal code
 * @param city            city
 * @param uai             UAI/RNE code ("0460410N")
 * @param mandataireName  the mandataire, as printed ("Jean DUPONT")
 * @param mandataireEmail the mandataire's email
 * @param coSignatories   the co-signatories of the bank account, as one printable line, or {@code null}
 * @param bankName        "Banque Postale"
 * @param bankAccount     the account number as printed ("9 999 99 X")
 */
public record CooperativeBlock(
        String code,
        String schoolName,
        String schoolType,
        String addressLine,
        String postalCode,
        String city,
        String uai,
        String mandataireName,
        String mandataireEmail,
        String coSignatories,
        String bankName,
        String bankAccount) {
}
