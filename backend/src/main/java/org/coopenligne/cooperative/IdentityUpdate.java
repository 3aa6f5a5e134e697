package org.coopenligne.cooperative;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A change of identity: only the fields sent are changed (null or absent = unchanged; an empty string
 * clears an optional field). A mandataire may change the school's contact details and its whole address (street,
 * postal code, city) and its own email and phone; staff may also change the school's name, type, UAI and district. The mandataire's name,
 * co-signatories and bank account change only through a change-of-mandataire request.
 */
@Schema(name = "IdentityUpdate")
public record IdentityUpdate(
        @NotNull(message = "{version.required}")
        @Schema(description = "The version read; a stale one is refused with 409", example = "3", required = true) Integer version,
        @Size(min = 3, max = 150, message = "{schoolName.size}") String schoolName,
        @Size(max = 60, message = "{text.max60}") String schoolType,
        @Size(max = 200, message = "{text.max200}") String addressLine,
        @Pattern(regexp = "|[0-9][0-9AB][0-9]{3}", message = "{postalCode.pattern}") String postalCode,
        @Size(min = 1, max = 80, message = "{city.size}") String city,
        @Pattern(regexp = "|[0-9]{2}[0-9AB][0-9]{4}[A-Z]", message = "{uai.pattern}") String uai,
        @Schema(description = "The school's district (circonscription); staff only", example = "Cahors 2")
        @Size(max = 80, message = "{district.size}") String district,
        @Email(message = "{email.invalid}") @Size(max = 120, message = "{text.max120}") String schoolEmail,
        @Pattern(regexp = "|\\+?[0-9 .()-]{6,20}", message = "{phone.pattern}") String schoolPhone,
        @Email(message = "{email.invalid}") @Size(max = 120, message = "{text.max120}") String mandataireEmail,
        @Pattern(regexp = "|\\+?[0-9 .()-]{6,20}", message = "{phone.pattern}") String mandatairePhone) {}
