package org.coopenligne.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Accounts managed by staff (a mandataire's password) and by the national admin (staff accounts). */
public final class AccountDtos {

    private AccountDtos() {}

    @Schema(name = "OneTimePassword", description = "A one-time password, shown once: it is stored hashed and must be "
            + "changed at the next login; every older session of the account has ended")
    public record OneTimePasswordView(
            @Schema(example = "41") long accountId,
            @Schema(example = "038-2233") String login,
            @Schema(example = "Claire BERNARD") String displayName,
            @Schema(example = "h7Kp-3xQa-Mn9r") String oneTimePassword,
            @Schema(description = "Where it was also emailed (a mandataire's address); null when it was not", example = "claire.bernard@example.org")
            String emailedTo) {}

    @Schema(name = "StaffAccount", description = "An account of the staff of a department")
    public record StaffAccountView(
            @Schema(example = "41") long id,
            @Schema(example = "staff038") String login,
            @Schema(example = "Secrétariat OCCE de l'Isère") String displayName,
            @Schema(example = "038") String departmentCode,
            boolean enabled,
            @Schema(description = "True until its one-time password is replaced") boolean mustChangePassword,
            Instant lastLoginAt,
            Instant passwordChangedAt,
            @Schema(example = "1") int version) {}

    @Schema(name = "StaffAccountCreate", description = "A new staff account; its one-time password comes in the answer")
    public record StaffAccountCreate(
            @NotNull(message = "{staffLogin.pattern}") @Pattern(regexp = "[A-Za-z][A-Za-z0-9._-]{2,59}", message = "{staffLogin.pattern}")
            @Schema(example = "m.durand38", required = true) String login,
            @NotBlank(message = "{staffDisplayName.size}") @Size(min = 2, max = 120, message = "{staffDisplayName.size}")
            @Schema(example = "Marc DURAND", required = true) String displayName) {}

    @Schema(name = "StaffAccountCreated", description = "The new account and its one-time password, shown once")
    public record StaffAccountCreated(StaffAccountView account, OneTimePasswordView password) {}

    @Schema(name = "StaffAccountUpdate", description = "Rename, disable (every session ends) or enable a staff account")
    public record StaffAccountUpdate(
            @NotNull(message = "{version.required}") @Schema(example = "1", required = true) Integer version,
            @NotBlank(message = "{staffDisplayName.size}") @Size(min = 2, max = 120, message = "{staffDisplayName.size}")
            @Schema(example = "Marc DURAND", required = true) String displayName,
            @NotNull(message = "{staffEnabled.required}") @Schema(required = true) Boolean enabled) {}
}
