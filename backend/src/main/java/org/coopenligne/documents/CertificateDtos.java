package org.coopenligne.documents;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class CertificateDtos {

    private CertificateDtos() {}

    @Schema(name = "Certificate", description = "A certificate of a validated adhesion")
    public record CertificateView(
            Certificate.Kind kind,
            @Schema(example = "Attestation d'adhésion") String title,
            @Schema(example = "K7QF-2M9D-XW4C") String verificationCode,
            @Schema(example = "http://localhost:8080/verifier/K7QF-2M9D-XW4C") String verificationUrl,
            Instant issuedAt,
            @Schema(example = "/api/adhesions/12/certificates/MEMBERSHIP") String pdfPath) {}

    @Schema(name = "CertificateVerification", description = "What anyone may learn from a verification code: nothing private")
    public record Verification(
            @Schema(example = "K7QF-2M9D-XW4C") String verificationCode,
            Certificate.Kind kind,
            @Schema(example = "Attestation d'adhésion") String title,
            @Schema(description = "False once the adhesion was reopened: the certificate is no longer valid") boolean current,
            @Schema(example = "OCCE du Lot") String departmentName,
            @Schema(example = "046-0410") String cooperativeCode,
            @Schema(example = "École Publique Jules Ferry") String schoolName,
            @Schema(example = "LA ROSE") String city,
            @Schema(example = "2025-2026") String schoolYear,
            @Schema(example = "25/0035 A") String registrationCode,
            Instant issuedAt,
            Instant revokedAt) {}

    static String title(Certificate.Kind kind) {
        return kind == Certificate.Kind.MEMBERSHIP ? "Attestation d'adhésion" : "Certificat d'assurance";
    }
}
