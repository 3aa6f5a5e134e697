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
        List<RowError> rows,
        @Schema(description = "The request's id (also the X-Request-Id header): quote it when reporting the problem; it leads to the log lines",
                example = "5f0c8a4e-2b1d-4c7e-9a55-0d6f3b2e1c77") String requestId) {

    public Problem(String type, String title, int status, String detail, List<Violation> violations) {
        this(type, title, status, detail, violations, null, null, null);
    }

    public Problem(String type, String title, int status, String detail, List<Violation> violations, List<String> affected) {
        this(type, title, status, detail, violations, affected, null, null);
    }

    public Problem(String type, String title, int status, String detail, List<Violation> violations, List<String> affected, List<RowError> rows) {
        this(type, title, status, detail, violations, affected, rows, null);
    }

    public Problem withRequestId(String id) {
        return new Problem(type, title, status, detail, violations, affected, rows, id);
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
