package org.coopenligne.mandataire;

import org.coopenligne.common.MultiLine;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.coopenligne.documents.DocumentView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class MandataireChangeDtos {

    private MandataireChangeDtos() {}

    @Schema(name = "MandataireChange", description = "A request to change the mandataire and/or the co-signatories")
    public record ChangeView(
            long id, long cooperativeId,
            @Schema(example = "046-0410") String cooperativeCode,
            MandataireChange.Status status,
            @Schema(example = "Marie MARTIN") String newMandataireName,
            @Schema(example = "marie.martin@example.fr") String newMandataireEmail,
            String newMandatairePhone,
            @Schema(description = "The new co-signatories, one per line") String newCoSignatories,
            Instant createdAt, String createdBy, Instant decidedAt, String decidedBy, String refusalReason,
            @Schema(description = "The signed form, the ID copy and the proof of address") List<DocumentView> documents,
            int version) {}

    @Schema(name = "MandataireChangeAccepted", description = "The accepted request, and the one-time password of the new mandataire, shown once")
    public record Accepted(ChangeView change,
                           @Schema(example = "046-0410") String login,
                           @Schema(description = "To hand over once; it must be changed at the first login", example = "k7Qf-2m9D-xW4c")
                           String oneTimePassword) {}

    /** The text fields of the multipart request (the files are separate parts). */
    public record Fields(
            @NotBlank(message = "{newMandataireName.required}") @Size(max = 120, message = "{text.max120}") String newMandataireName,
            @NotBlank(message = "{newMandataireEmail.required}") @Email(message = "{email.invalid}") @Size(max = 120, message = "{text.max120}") String newMandataireEmail,
            @Size(max = 30, message = "{phone.size}") String newMandatairePhone,
            @MultiLine @Size(max = 500, message = "{coSignatories.size}") String newCoSignatories) {}

    @Schema(name = "RefusalRequest")
    public record RefusalRequest(
            @NotBlank(message = "{reason.required}") @Size(max = 2000, message = "{reason.size}")
            @MultiLine @Schema(example = "Le justificatif de domicile a plus de 3 mois.") String reason) {}
}
