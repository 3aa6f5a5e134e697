package org.coopenligne.documents;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Document", description = "An uploaded file (its content is read through contentPath)")
public record DocumentView(
        long id,
        DocumentKind kind,
        @Schema(example = "Engagement du mandataire signé") String kindLabel,
        @Schema(example = "engagement-signe.pdf") String name,
        @Schema(example = "application/pdf") String contentType,
        @Schema(example = "183442") long size,
        @Schema(description = "SHA-256 of the content, lowercase hex") String sha256,
        Instant uploadedAt,
        @Schema(example = "046-0410") String uploadedBy,
        @Schema(description = "False once a newer file replaced it") boolean current,
        @Schema(example = "/api/documents/51/content") String contentPath) {}
