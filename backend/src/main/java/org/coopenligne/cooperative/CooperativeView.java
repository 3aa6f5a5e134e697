package org.coopenligne.cooperative;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Cooperative", description = "A school cooperative's identity (fiche identité)")
public record CooperativeView(
        @Schema(example = "12") long id,
        @Schema(description = "Login of its mandataire and public name", example = "046-0410") String code,
        @Schema(example = "2") long departmentId,
        @Schema(example = "046") String departmentCode,
        @Schema(example = "0410") String number,
        @Schema(example = "École Publique Jules Ferry") String schoolName,
        @Schema(example = "École primaire publique") String schoolType,
        @Schema(example = "1 place de la Mairie") String addressLine,
        @Schema(example = "46100") String postalCode,
        @Schema(example = "LA ROSE") String city,
        @Schema(description = "UAI/RNE code of the school", example = "0460410N") String uai,
        @Schema(description = "The school's district (circonscription), set by staff", example = "Cahors 2") String district,
        @Schema(example = "ce.0460410n@ac-toulouse.fr") String schoolEmail,
        @Schema(example = "05 65 00 00 00") String schoolPhone,
        @Schema(example = "Jean DUPONT") String mandataireName,
        @Schema(example = "jdp@gmail.com") String mandataireEmail,
        String mandatairePhone,
        @Schema(description = "Co-signatories of the bank account, one per line") String coSignatories,
        @Schema(example = "Banque Postale") String bankName,
        @Schema(example = "9 999 99 X") String bankAccount,
        @Schema(description = "Optimistic-locking version: send it back with a change", example = "3") int version) {}
