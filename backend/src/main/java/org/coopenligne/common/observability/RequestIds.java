package org.coopenligne.common.observability;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.coopenligne.common.error.Problem;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every request has an id: the proxy's {@code X-Request-Id} when it sends a sensible one, otherwise one made here. It
 * is returned in the {@code X-Request-Id} header of every answer and in every problem document ({@code requestId}),
 * and it is in every log line of the request ({@code requestId} of the MDC, a field of the JSON logs), so that a user's
 * error report leads to its log lines.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SENSIBLE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    void routes(@Observes Router router) {
        router.route().order(-2000).handler(rc -> {
            String given = rc.request().getHeader(HEADER);
            String id = given != null && SENSIBLE.matcher(given).matches() ? given : UUID.randomUUID().toString();
            rc.request().headers().set(HEADER, id);
            rc.response().putHeader(HEADER, id);
            MDC.put(MDC_KEY, id);
            rc.addEndHandler(done -> MDC.remove(MDC_KEY));
            rc.next();
        });
    }

    /** On the thread that runs the resource, too. */
    @ServerRequestFilter(preMatching = true)
    public void intoLogs(ContainerRequestContext request) {
        String id = request.getHeaderString(HEADER);
        if (id != null) {
            MDC.put(MDC_KEY, id);
        }
    }

    @ServerResponseFilter
    public void intoProblems(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem p && p.requestId() == null) {
            response.setEntity(p.withRequestId(request.getHeaderString(HEADER)));
        }
    }
}
