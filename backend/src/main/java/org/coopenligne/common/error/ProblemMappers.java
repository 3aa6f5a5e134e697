package org.coopenligne.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.coopenligne.common.security.Roles;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every exception that reaches the REST layer into an {@code application/problem+json} answer. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject SecurityIdentity identity;

    static RestResponse<Problem> answer(Problem problem) {
        return RestResponse.ResponseBuilder.<Problem>create(problem.status()).entity(problem)
                .type(Problem.MEDIA_TYPE)
                .build();
    }

    static RestResponse<Problem> answer(int status, String slug, String title, String detail, List<Problem.Violation> violations) {
        return answer(new Problem(Problem.TYPE_BASE + slug, title, status, detail, violations));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> problem(ProblemException e) {
        if (e instanceof TooManyAttemptsException t) {
            return RestResponse.ResponseBuilder.<Problem>create(429).entity(e.toProblem()).type(Problem.MEDIA_TYPE)
                    .header("Retry-After", String.valueOf(t.retryAfterSeconds())).build();
        }
        if (e.status() == 503) { // unavailable for a while (the object storage): when to try again
            return RestResponse.ResponseBuilder.<Problem>create(503).entity(e.toProblem()).type(Problem.MEDIA_TYPE)
                    .header("Retry-After", "30").build();
        }
        return answer(e.toProblem());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> constraintViolation(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .collect(Collectors.toCollection(ArrayList::new));
        String detail = violations.size() == 1 ? violations.get(0).message()
                : "Certains champs sont invalides : " + violations.stream().map(Problem.Violation::field).distinct()
                        .collect(Collectors.joining(", ")) + ".";
        return answer(400, "validation", "Requête invalide", detail, violations);
    }

    /**
     * The property path as the client knows it: "lines[0].pupils", not "update.arg0.lines[0].pupils".
     * A parameter's name is kept only when nothing more precise follows (a query parameter such as "size").
     */
    static String fieldOf(ConstraintViolation<?> v) {
        List<Path.Node> nodes = new ArrayList<>();
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.CROSS_PARAMETER
                    && node.getKind() != ElementKind.RETURN_VALUE) {
                nodes.add(node);
            }
        }
        if (nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER) {
            nodes.remove(0);
        }
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.getIndex() != null) {
                sb.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().isEmpty()) {
                if (!sb.isEmpty()) sb.append('.');
                sb.append(node.getName());
            }
        }
        return sb.toString();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unrecognized(UnrecognizedPropertyException e) {
        String field = e.getPropertyName();
        String message = "Le champ « " + field + " » n'existe pas ici.";
        return answer(400, "unknown-field", "Requête invalide", message, List.of(new Problem.Violation(field, message)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> invalidFormat(InvalidFormatException e) {
        return wrongType(e);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> mismatched(MismatchedInputException e) {
        return wrongType(e);
    }

    private RestResponse<Problem> wrongType(JsonMappingException e) {
        String field = pathOf(e);
        if (field.isEmpty()) {
            return answer(400, "malformed-json", "Requête invalide",
                    "Le contenu envoyé n'a pas la forme attendue (un objet JSON).", null);
        }
        String message = e instanceof org.coopenligne.common.JsonConfig.RefusedValueException refused ? refused.messageFor(field)
                : e instanceof com.fasterxml.jackson.databind.exc.InvalidNullException
                        ? "Le champ « " + field + " » ne peut pas contenir de valeur vide (null)."
                        : "La valeur du champ « " + field + " » n'a pas le bon type.";
        return answer(400, "validation", "Requête invalide", message, List.of(new Problem.Violation(field, message)));
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) sb.append('.');
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> json(JsonProcessingException e) {
        if (e instanceof JsonMappingException jme && !(e.getClass().getSimpleName().contains("Parse"))) {
            return wrongType(jme);
        }
        return answer(400, "malformed-json", "Requête invalide",
                "Le contenu envoyé n'est pas du JSON valide.", null);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unauthorized(UnauthorizedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated();
    }

    static RestResponse<Problem> unauthenticated() {
        Problem p = new Problem(Problem.TYPE_BASE + "unauthenticated", "Non connecté", 401,
                "Votre session a expiré ou n'est pas valide. Connectez-vous à nouveau.", null);
        return RestResponse.ResponseBuilder.<Problem>create(401).entity(p).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> forbidden(ForbiddenException e) {
        if (identity != null && !identity.isAnonymous() && identity.hasRole(Roles.PASSWORD_CHANGE)) {
            return answer(403, "password-change-required", "Mot de passe à changer",
                    "Votre mot de passe est le mot de passe initial, connu de tous : choisissez-en un nouveau avant de continuer.", null);
        }
        if (identity != null && !identity.isAnonymous()
                && identity.getAttribute(org.coopenligne.common.security.CurrentAccount.ATTRIBUTE) instanceof org.coopenligne.common.security.CurrentAccount a
                && a.role() == org.coopenligne.common.security.Role.INTEGRATOR) {
            return answer(403, "forbidden", "Accès refusé", "Un jeton d'API ne permet que de lire (GET) les coopératives, "
                    + "les adhésions et les attestations de son département.", null);
        }
        return answer(403, "forbidden", "Accès refusé", "Vous n'avez pas accès à cette fonction.", null);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> optimisticLock(OptimisticLockException e) {
        return answer(ProblemException.staleVersion().toProblem());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> staleState(StaleStateException e) {
        return answer(ProblemException.staleVersion().toProblem());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> webApplication(WebApplicationException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException jpe) {
            return json(jpe);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        return switch (status) {
            case 400 -> answer(400, "bad-request", "Requête invalide", "La requête est invalide.", null);
            case 401 -> unauthenticated();
            case 403 -> answer(403, "forbidden", "Accès refusé", "Vous n'avez pas accès à cette fonction.", null);
            case 404 -> answer(404, "not-found", "Introuvable", "Cette adresse n'existe pas.", null);
            case 405 -> answer(405, "method-not-allowed", "Méthode non permise", "Cette opération n'est pas permise à cette adresse.", null);
            case 406 -> answer(406, "not-acceptable", "Format non disponible", "Ce format de réponse n'est pas disponible.", null);
            case 413 -> answer(413, "too-large", "Contenu trop volumineux", "Le contenu envoyé est trop volumineux.", null);
            case 415 -> answer(415, "unsupported-media-type", "Format non accepté", "Envoyez le contenu en JSON (application/json).", null);
            default -> {
                if (status >= 500) {
                    LOG.error("Unexpected error", e);
                    yield answer(500, "internal", "Erreur interne", "Une erreur inattendue s'est produite. Réessayez plus tard.", null);
                }
                yield answer(status, "error", "Erreur", "La requête n'a pas pu aboutir.", null);
            }
        };
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Exception e) {
        if (poolExhausted(e)) {
            // Every database connection stayed busy for the pool's acquisition timeout: an overload, not a bug.
            // Nothing was written (the transaction never started); the client may try again in a moment.
            LOG.warn("No database connection free in time: answered 503");
            return RestResponse.ResponseBuilder.<Problem>create(503)
                    .entity(new Problem(Problem.TYPE_BASE + "overloaded", "Service très chargé", 503,
                            "Le service est très demandé en ce moment et n'a rien enregistré. Réessayez dans un instant.", null))
                    .type(Problem.MEDIA_TYPE).header("Retry-After", "2").build();
        }
        if (databaseUnavailable(e)) {
            // The database does not answer (stopped, restarting, the network): nothing was written; the replica's
            // readiness says DOWN meanwhile, and the pool reconnects on its own once it is back.
            LOG.warnf("Database unavailable (%s): answered 503", rootMessage(e));
            return RestResponse.ResponseBuilder.<Problem>create(503)
                    .entity(new Problem(Problem.TYPE_BASE + "unavailable", "Service momentanément indisponible", 503,
                            "Le service est momentanément indisponible et n'a rien enregistré. Réessayez dans quelques secondes.", null))
                    .type(Problem.MEDIA_TYPE).header("Retry-After", "5").build();
        }
        if (malformedMultipart(e)) {
            // The multipart decoder met a body it cannot read: no boundary it knows, cut short, a broken part header.
            return answer(400, "malformed-multipart", "Envoi mal formé",
                    "Le fichier envoyé est incomplet ou mal formé (multipart/form-data) : rien n'a été enregistré. "
                            + "Choisissez à nouveau le fichier et renvoyez-le.", null);
        }
        LOG.error("Unexpected error", e);
        return answer(500, "internal", "Erreur interne", "Une erreur inattendue s'est produite. Réessayez plus tard.", null);
    }

    /** The multipart decoder's refusals: a malformed message, or a body that ends before its closing boundary. */
    static boolean malformedMultipart(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().endsWith("MultipartParser$MalformedMessageException")) {
                return true;
            }
            if (t instanceof java.io.IOException && t.getMessage() != null && t.getMessage().contains("parsing multipart request")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database cannot be reached: a connection refused or cut (SQLState class 08), the server shutting down or not
     * accepting connections yet (57P01–57P03). Looked for among the causes and the suppressed exceptions: a commit that
     * fails surfaces as Narayana's {@code RollbackException}, which carries the JDBC failure as a suppressed exception.
     */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable t : causesAndSuppressed(e)) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (t instanceof org.hibernate.exception.JDBCConnectionException || t instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** Agroal's "acquisition timeout", however deep Hibernate or the transaction manager wrapped it. */
    static boolean poolExhausted(Throwable e) {
        for (Throwable t : causesAndSuppressed(e)) {
            if (t instanceof java.sql.SQLException && t.getMessage() != null && t.getMessage().contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    /** {@code e}, its causes and the exceptions suppressed along the way, each once (cycles are cut). */
    static java.util.List<Throwable> causesAndSuppressed(Throwable e) {
        java.util.List<Throwable> found = new java.util.ArrayList<>();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Deque<Throwable> todo = new java.util.ArrayDeque<>();
        if (e != null) {
            todo.add(e);
        }
        while (!todo.isEmpty() && found.size() < 100) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            found.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(java.util.List.of(t.getSuppressed()));
        }
        return found;
    }
}
