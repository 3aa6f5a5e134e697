package org.coopenligne.common;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.runtime.configuration.MemorySize;
import org.coopenligne.common.error.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Routes outside the REST resources: the SPA's client-side routes fall back to index.html, and what
 * nothing answered under /api (or what the HTTP layer refused, like an oversize body) is a problem document.
 */
@ApplicationScoped
public class WebRoutes {

    /** The HTTP layer's limit: a multipart upload (up to three files of 10 MB, each checked by the storage). */
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    /** Any other body (JSON) is refused above this, as soon as its Content-Length says so. */
    @ConfigProperty(name = "coop.http.max-json-body-size", defaultValue = "1M")
    MemorySize maxJsonBodySize;

    void routes(@Observes Router router) {
        router.route().order(-1000).handler(rc -> {
            String path = rc.normalizedPath();
            String length = rc.request().getHeader("Content-Length");
            String type = rc.request().getHeader("Content-Type");
            boolean multipart = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
            long limit = multipart ? maxBodySize.asLongValue() : maxJsonBodySize.asLongValue();
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > limit) {
                rc.response().putHeader("Connection", "close");
                problem(rc, 413, multipart ? "file-too-large" : "too-large", "Contenu trop volumineux", multipart
                        ? "L'envoi dépasse la taille autorisée (trois fichiers de 10 Mo au plus)."
                        : "Le contenu envoyé est trop volumineux (" + (limit / 1024) + " Kio au plus).");
            } else if ((rc.request().method() == HttpMethod.GET || rc.request().method() == HttpMethod.HEAD) && isSpaRoute(path)) {
                rc.reroute("/index.html");
            } else {
                if (!path.startsWith("/assets/")) {
                    // index.html (it names the hashed bundles) and the other unhashed files are revalidated on each visit
                    // (304 while unchanged), so that a deployment reaches every browser at once: only /assets/, whose names
                    // change with their content, stays immutable.
                    rc.addHeadersEndHandler(v -> {
                        String cache = rc.response().headers().get("Cache-Control");
                        if (cache != null && cache.contains("immutable")) {
                            rc.response().headers().set("Cache-Control", "no-cache");
                        }
                    });
                }
                rc.next();
            }
        });
        router.route().last().handler(rc -> {
            if (rc.normalizedPath().startsWith("/api")) {
                problem(rc, 404, "not-found", "Introuvable", "Cette adresse n'existe pas.");
            } else {
                rc.next();
            }
        });
        router.route().order(-1001).failureHandler(rc -> {
            if (rc.statusCode() == 413) {
                problem(rc, 413, "too-large", "Contenu trop volumineux", "Le contenu envoyé est trop volumineux.");
            } else {
                rc.next();
            }
        });
    }

    static boolean isSpaRoute(String path) {
        if (path.equals("/") || path.startsWith("/api") || path.startsWith("/q/") || path.equals("/q")
                || path.startsWith("/assets/") || path.equals("/index.html")) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }

    private static void problem(io.vertx.ext.web.RoutingContext rc, int status, String slug, String title, String detail) {
        if (rc.response().headWritten()) {
            return;
        }
        rc.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE + ";charset=UTF-8")
                .end(problemBody(status, slug, title, detail, rc.request().getHeader("X-Request-Id")));
    }

    /** A problem document written by hand, where the HTTP layer answers before Jackson and the REST resources. */
    static String problemBody(int status, String slug, String title, String detail) {
        return problemBody(status, slug, title, detail, null);
    }

    static String problemBody(int status, String slug, String title, String detail, String requestId) {
        return "{\"type\":\"" + Problem.TYPE_BASE + slug + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail.replace("\"", "\\\"") + "\""
                + (requestId == null ? "" : ",\"requestId\":\"" + requestId + "\"") + "}";
    }
}
