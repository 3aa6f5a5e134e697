package org.coopenligne.cooperative;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CooperativeSummary", description = "A cooperative in a list")
public record CooperativeSummary(
        @Schema(example = "12") long id,
        @Schema(example = "046-0410") String code,
        @Schema(example = "046") String departmentCode,
        @Schema(example = "0410") String number,
        @Schema(example = "École Publique Jules Ferry") String schoolName,
        @Schema(example = "LA ROSE") String city,
        @Schema(example = "0460410N") String uai,
        @Schema(description = "The school's district (circonscription)", example = "Cahors 2") String district,
        @Schema(example = "Jean DUPONT") String mandataireName) {}
