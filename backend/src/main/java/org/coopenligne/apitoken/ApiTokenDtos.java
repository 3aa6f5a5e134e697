package org.coopenligne.apitoken;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ApiTokenDtos {

    private ApiTokenDtos() {}

    @Schema(name = "ApiToken", description = "A read-only API token of a department (never its secret)")
    public record ApiTokenView(
            @Schema(example = "51") long id,
            @Schema(example = "Logiciel comptable") String name,
            @Schema(description = "The secret's first characters, to recognise it", example = "coop_Xk3v") String prefix,
            @Schema(example = "staff038") String createdBy,
            Instant createdAt,
            @Schema(description = "Last authenticated call, to the minute; null if never used") Instant lastUsedAt,
            @Schema(description = "Null while the token works") Instant revokedAt,
            @Schema(example = "staff038") String revokedBy,
            @Schema(description = "Not revoked: calls with it are accepted") boolean active) {}

    @Schema(name = "ApiTokenCreated", description = "A new token and its secret, shown this once: only its hash is kept")
    public record CreatedApiToken(
            ApiTokenView token,
            @Schema(description = "Send it as `Authorization: Bearer <secret>`", example = "coop_Xk3vQ9m2b7Zt0aLr5Yp8sWn1cEh4uJf6dGi3oKq7xMe")
            String secret) {}

    @Schema(name = "ApiTokenRequest")
    public record ApiTokenRequest(
            @NotBlank(message = "{apiToken.name.required}") @Size(max = 80, message = "{apiToken.name.size}")
            @Schema(description = "What the token is for: the software or the partner using it", example = "Logiciel comptable", required = true)
            String name) {}
}
