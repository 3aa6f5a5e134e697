package org.coopenligne.department;

import org.coopenligne.common.MultiLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The settings of a department: its contacts, its insurer contract, the text of its emails. */
public final class DepartmentSettingsDtos {

    private DepartmentSettingsDtos() {}

    @Schema(name = "DepartmentSettings", description = "The settings of a department. The year's campaign (opening date, deadline, "
            + "payment means, mandatory insurance) is in the tariff of the year, not here.")
    public record SettingsView(
            @Schema(example = "038") String code,
            @Schema(example = "OCCE de l'Isère") String name,
            @Schema(example = "11 rue du Docteur Hermite") String addressLine,
            @Schema(example = "38000") String postalCode,
            @Schema(example = "GRENOBLE") String city,
            @Schema(example = "ad38@occe.coop") String email,
            @Schema(example = "04 76 00 00 38") String phone,
            @Schema(example = "https://www.occe38.fr") String website,
            @Schema(example = "Mme Claire MARTIN") String contactName,
            @Schema(example = "Du lundi au jeudi, 9 h - 12 h et 14 h - 17 h") String openingHours,
            @Schema(example = "MAE") String insurerName,
            @Schema(example = "2025-038-0001") String insurerContractNumber,
            String insurerDetails,
            @Schema(description = "Every email a department may rewrite, custom or default") List<EmailTemplateView> emailTemplates,
            Instant updatedAt,
            @Schema(example = "staff038") String updatedBy,
            @Schema(description = "Send it back with the change; a stale one is refused with 409", example = "2") int version) {}

    @Schema(name = "EmailTemplate", description = "The text of one email, with the placeholders it accepts")
    public record EmailTemplateView(
            EmailKind kind,
            @Schema(example = "Demande de correction") String label,
            @Schema(example = "Votre adhésion {year} est à corriger") String subject,
            String body,
            @Schema(description = "True when the department rewrote it; false: the platform's default text") boolean custom,
            String defaultSubject,
            String defaultBody,
            List<PlaceholderView> placeholders) {}

    @Schema(name = "EmailPlaceholder")
    public record PlaceholderView(
            @Schema(example = "{cooperative}") String name,
            @Schema(example = "le numéro de la coopérative, ex. 038-2233") String description) {}

    @Schema(name = "DepartmentSettingsUpdate", description = "The whole settings (what is empty is cleared). `emailTemplates` lists "
            + "the emails the department rewrites; a kind left out goes back to the platform's default text.")
    public record SettingsUpdate(
            @NotNull(message = "{version.required}")
            @Schema(description = "The version read; a stale one is refused with 409", example = "2", required = true) Integer version,
            @Size(max = 200, message = "{text.max200}") String addressLine,
            @Pattern(regexp = "|[0-9][0-9AB][0-9]{3}", message = "{postalCode.pattern}") String postalCode,
            @Size(max = 80, message = "{settings.city.size}") String city,
            @Email(message = "{email.invalid}") @Size(max = 120, message = "{text.max120}") String email,
            @Pattern(regexp = "|\\+?[0-9 .()-]{6,20}", message = "{phone.pattern}") String phone,
            @Pattern(regexp = "|https?://[^\\s]{3,190}", message = "{settings.website.pattern}") String website,
            @Size(max = 120, message = "{text.max120}") String contactName,
            @Size(max = 300, message = "{settings.openingHours.size}") String openingHours,
            @Size(max = 120, message = "{text.max120}") String insurerName,
            @Size(max = 60, message = "{settings.insurerContractNumber.size}") String insurerContractNumber,
            @MultiLine @Size(max = 1000, message = "{settings.insurerDetails.size}") String insurerDetails,
            @Size(max = 10, message = "{settings.emailTemplates.size}") List<@Valid @NotNull(message = "{settings.emailTemplate.required}") EmailTemplateUpdate> emailTemplates) {}

    @Schema(name = "EmailTemplateUpdate", description = "A rewritten email; placeholders other than the kind's are refused (400)")
    public record EmailTemplateUpdate(
            @NotNull(message = "{settings.emailKind.required}") EmailKind kind,
            @Schema(example = "Votre adhésion {year} est à corriger") String subject,
            @MultiLine @Schema(example = "Bonjour,\n\n{message}\n\n{department}") String body) {}
}
