package org.coopenligne.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document, the body of every error answer ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details; `detail` is a French sentence meant for the user.")
public record Problem(
        @Schema(example = "https://coop-en-ligne.fr/problems/validation") String type,
        @Schema(example = "Requête invalide") String title,
        @Schema(example = "400") int status,
        @Schema(example = "Certains champs sont invalides.") String detail,
        @Schema(description = "The fields concerned, for validation errors") List<Violation> violations,
        @Schema(description = "What the problem concerns, e.g. the cooperatives whose submitted adhesion a tariff change affects")
        List<String> affected) {

    public Problem(String type, String title, int status, String detail, List<Violation> violations) {
        this(type, title, status, detail, violations, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://coop-en-ligne.fr/problems/";

    @Schema(name = "Violation")
    public record Violation(@Schema(example = "schoolEmail") String field,
                            @Schema(example = "L'adresse e-mail n'est pas valide.") String message) {}
}
