package org.coopenligne.documents;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CertificateRecord", description = "A certificate of the department and whether it is still valid")
public record CertificateRecord(
        @Schema(description = "The code printed on it, checked at /api/public/certificates/{code}", example = "K7QF-2M9D-XW4C") String verificationCode,
        Certificate.Kind kind,
        @Schema(example = "038-2233") String cooperativeCode,
        @Schema(example = "2026-2027") String schoolYear,
        @Schema(example = "26/0001 A") String registrationCode,
        Instant issuedAt,
        @Schema(description = "False once the adhesion was reopened") boolean valid,
        Instant revokedAt) {}
