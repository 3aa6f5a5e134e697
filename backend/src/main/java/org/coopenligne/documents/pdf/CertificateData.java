package org.coopenligne.documents.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a membership certificate (attestation d'adhésion) or an insurance certificate (certificat
 * d'assurance) of a validated adhesion prints.
 *
 * @param schoolYear          "2025-2026"
 * @param propertyValue       declared value of the cooperative's property ({@code null} reads as 0)
 * @param instrumentValue     declared value of its musical instruments ({@code null} reads as 0)
 * @param propertyThreshold   value of property covered by default (2 000 €)
 * @param instrumentThreshold value of instruments covered by default (15 000 €)
 * @param registrationCode    the code assigned at validation ("25/0035 A")
 * @param verificationCode    the public code that proves the document ("ABCD-EFGH-JKLM")
 * @param verificationUrl     the full address where anyone can check the code
 * @param issuedOn            the date the document is issued
 */
public record CertificateData(
        Kind kind,
        DepartmentBlock department,
        CooperativeBlock cooperative,
        String schoolYear,
        int adults,
        int pupils,
        BigDecimal propertyValue,
        BigDecimal instrumentValue,
        BigDecimal propertyThreshold,
        BigDecimal instrumentThreshold,
        String registrationCode,
        String verificationCode,
        String verificationUrl,
        LocalDate issuedOn) {

    /** Which of the two certificates. */
    public enum Kind {
        /** Attestation d'adhésion. */
        MEMBERSHIP,
        /** Certificat d'assurance. */
        INSURANCE
    }

    public CertificateData {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(cooperative, "cooperative");
        Objects.requireNonNull(schoolYear, "schoolYear");
        Objects.requireNonNull(issuedOn, "issuedOn");
    }
}
