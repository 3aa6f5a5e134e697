package org.coopenligne.cooperative;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A cooperative as integrators read it: the school's public data only (as printed in the national directory of
 * schools). Never the mandataire's name, email or phone, the co-signatories nor the bank account.
 */
@Schema(name = "CooperativeListing", description = "A cooperative's public data: the school, never its people nor its bank")
public record CooperativeListing(
        @Schema(example = "12") long id,
        @Schema(example = "038-2233") String code,
        @Schema(example = "2233") String number,
        @Schema(example = "École Élémentaire Jean Moulin") String schoolName,
        @Schema(example = "École élémentaire publique") String schoolType,
        @Schema(example = "3 rue de la République") String addressLine,
        @Schema(example = "38200") String postalCode,
        @Schema(example = "VIENNE") String city,
        @Schema(description = "UAI/RNE code of the school", example = "0382233K") String uai,
        @Schema(description = "The school's institutional address", example = "ce.0382233k@ac-grenoble.fr") String schoolEmail,
        @Schema(example = "04 74 00 00 00") String schoolPhone) {

    static CooperativeListing of(Cooperative c) {
        return new CooperativeListing(c.id, c.code(), c.number, c.schoolName, c.schoolType, c.addressLine, c.postalCode, c.city,
                c.uai, c.schoolEmail, c.schoolPhone);
    }
}
