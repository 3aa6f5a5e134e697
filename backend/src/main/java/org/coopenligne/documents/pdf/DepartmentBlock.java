package org.coopenligne.documents.pdf;

/**
 * The departmental association as printed in the header and footer of every document.
 *
 * @param code            the department's code ("046")
 * @param name            its display name ("OCCE du Lot")
 * @param addressLine     street address
 * @param postalCode      postal code
 * @param city            city
 * @param email           contact email
 * @param phone           contact phone, as it should be printed
 * @param insurerContract the insurance contract line printed on insurance certificates, or {@code null}
 *                        ("MAE contrat n° 1234")
 */
public record DepartmentBlock(
        String code,
        String name,
        String addressLine,
        String postalCode,
        String city,
        String email,
        String phone,
        String insurerContract) {
}
