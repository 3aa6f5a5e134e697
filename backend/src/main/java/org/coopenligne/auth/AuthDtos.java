package org.coopenligne.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response records of the auth endpoints. */
public final class AuthDtos {

    private AuthDtos() {}

    @Schema(name = "LoginRequest")
    public record LoginRequest(
            @NotBlank(message = "{login.required}") @Size(max = 60, message = "{login.required}")
            @Schema(description = "DDD-NNNN for a cooperative, or a staff login", example = "046-0410", required = true) String login,
            @NotBlank(message = "{password.required}") @Size(max = 200, message = "{password.required}")
            @Schema(example = "coop0410", required = true) String password) {}

    @Schema(name = "PasswordChange")
    public record PasswordChange(
            @NotBlank(message = "{password.current.required}") @Size(max = 200, message = "{password.current.required}")
            @Schema(required = true) String currentPassword,
            @NotBlank(message = "{password.new.required}") @Size(max = 200, message = "{password.new.max}")
            @Schema(description = "At least 10 characters of three kinds (lower case, upper case, digits, other signs)", required = true)
            String newPassword) {}

    @Schema(name = "Session", description = "A signed token and who it is for")
    public record SessionView(
            @Schema(description = "Bearer token (JWT, RS256)") String token,
            @Schema(description = "When the token stops being accepted") Instant expiresAt,
            MeView account) {}

    @Schema(name = "Me", description = "The account behind the token")
    public record MeView(
            @Schema(example = "7") long id,
            @Schema(example = "046-0410") String login,
            @Schema(enumeration = {"mandataire", "staff", "admin", "integrator"}, example = "mandataire") String role,
            @Schema(example = "Jean DUPONT") String displayName,
            @Schema(description = "True while the password is the initial one: only a password change is allowed") boolean mustChangePassword,
            DepartmentRef department,
            CooperativeRef cooperative,
            @Schema(description = "The current school year", example = "2025-2026") String schoolYear) {}

    @Schema(name = "DepartmentRef")
    public record DepartmentRef(@Schema(example = "3") long id, @Schema(example = "046") String code,
                                @Schema(example = "OCCE du Lot") String name) {}

    @Schema(name = "CooperativeRef")
    public record CooperativeRef(@Schema(example = "12") long id, @Schema(example = "046-0410") String code,
                                 @Schema(example = "École Publique Jules Ferry") String schoolName,
                                 @Schema(example = "LA ROSE") String city) {}
}
