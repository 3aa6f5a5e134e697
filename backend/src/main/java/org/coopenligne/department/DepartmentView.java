package org.coopenligne.department;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Department", description = "A departmental OCCE association")
public record DepartmentView(
        @Schema(example = "3") long id,
        @Schema(example = "046") String code,
        @Schema(example = "OCCE du Lot") String name,
        @Schema(example = "80 rue des Jardiniers") String addressLine,
        @Schema(example = "46000") String postalCode,
        @Schema(example = "CAHORS") String city,
        @Schema(example = "ad46@occe.coop") String email,
        @Schema(example = "05 65 24 25 50") String phone,
        String website,
        @Schema(example = "Mme Claire MARTIN") String contactName,
        @Schema(example = "Du lundi au jeudi, 9 h - 12 h et 14 h - 17 h") String openingHours,
        @Schema(description = "Send it back with a change (admin); a stale one is refused with 409", example = "2") int version) {}
