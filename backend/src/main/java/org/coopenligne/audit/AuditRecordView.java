package org.coopenligne.audit;

import org.coopenligne.common.audit.AuditAction;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditRecord", description = "One change: who, when, what, on which cooperative, the values before and after")
public record AuditRecordView(
        long id,
        Instant occurredAt,
        @Schema(example = "staff038", description = "Null for a change made by the system") String actorLogin,
        @Schema(example = "staff") String actorRole,
        AuditAction action,
        @Schema(example = "Cooperative") String entityType,
        @Schema(example = "12") String entityId,
        Long cooperativeId,
        @Schema(example = "038-0410") String cooperativeCode,
        @Schema(nullable = true, description = "The values before the change (JSON), null for a creation") Map<String, Object> before,
        @Schema(nullable = true, description = "The values after the change (JSON)") Map<String, Object> after) {}
