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
        List<String> affected,
        @Schema(description = "The rows of an imported file that are refused, each with its column and what is wrong")
        List<RowError> rows) {

    public Problem(String type, String title, int status, String detail, List<Violation> violations) {
        this(type, title, status, detail, violations, null, null);
    }

    public Problem(String type, String title, int status, String detail, List<Violation> violations, List<String> affected) {
        this(type, title, status, detail, violations, affected, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://coop-en-ligne.fr/problems/";

    @Schema(name = "Violation")
    public record Violation(@Schema(example = "schoolEmail") String field,
                            @Schema(example = "L'adresse e-mail n'est pas valide.") String message) {}

    /** One refused cell (or row, when {@code column} is null) of an imported CSV file; rows count from 1, the header. */
    @Schema(name = "RowError")
    public record RowError(@Schema(example = "12") int row,
                           @Schema(example = "uai") String column,
                           @Schema(example = "L'UAI « 0380001A » n'est pas valide : la lettre de contrôle attendue est U.") String message) {}
}
