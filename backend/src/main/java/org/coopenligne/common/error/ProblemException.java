package org.coopenligne.common.error;

import java.util.List;

/**
 * A business error that becomes a problem answer. Thrown by services and entity workflow methods;
 * the message is French and shown to the user as is.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.Violation> violations;
    private List<String> affected;
    private List<Problem.RowError> rows;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.violations = violations;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Introuvable", detail, null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Accès refusé", detail, null);
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, "Conflit", detail, null);
    }

    public static ProblemException staleVersion() {
        return conflict("stale-version", "Ces informations ont été modifiées entre-temps (peut-être depuis un autre appareil). "
                + "Rechargez la page pour voir la dernière version, puis refaites votre modification.");
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, "validation", "Requête invalide", message,
                List.of(new Problem.Violation(field, message)));
    }

    public static ProblemException forbiddenField(String field, String message) {
        return new ProblemException(403, "forbidden-field", "Accès refusé", message,
                List.of(new Problem.Violation(field, message)));
    }

    public ProblemException withAffected(List<String> affected) {
        this.affected = affected;
        return this;
    }

    public ProblemException withRows(List<Problem.RowError> rows) {
        this.rows = rows;
        return this;
    }

    public int status() { return status; }

    public Problem toProblem() {
        return new Problem(Problem.TYPE_BASE + slug, title, status, getMessage(), violations, affected, rows);
    }
}
