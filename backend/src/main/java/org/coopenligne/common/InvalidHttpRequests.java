package org.coopenligne.common;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.quarkus.vertx.VertxOptionsCustomizer;
import io.quarkus.vertx.http.runtime.ExtendedQuarkusVertxHttpMetrics;
import io.vertx.core.Handler;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.HttpServerConnection;
import io.vertx.core.metrics.MetricsOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.spi.metrics.HttpServerMetrics;
import io.vertx.core.spi.metrics.VertxMetrics;
import io.vertx.core.spi.observability.HttpRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopenligne.common.error.Problem;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * What the HTTP layer refuses before any route runs is a problem document with the security headers, like every other
 * answer: a request line over 4 KB (414), headers over 20 KB (431), an HTTP version other than 1.0 and 1.1 (505), a
 * request line or URI that cannot be read (400). Vert.x answered those bare (no body, no headers).
 *
 * <p>Quarkus creates and starts its HTTP server itself and never sets {@code HttpServer#invalidRequestHandler}. The
 * Vert.x metrics SPI is the one hook on each request before the connection dispatches it: {@code requestBegin} runs in
 * {@code Http1xServerRequest.handleBegin}, just before {@code Http1xServerConnection} chooses between its request
 * handler and its invalid-request handler; for a refused request this class sets the one that writes the problem.
 * The metrics of {@code /q/metrics} (Micrometer) use the same SPI: their factory is wrapped, this class looking at each
 * request first and passing every call on to theirs. It relies on Vert.x 4.5's {@code io.vertx.core.http.impl.HttpServerConnection}: {@code InvalidHttpRequestsTest}
 * pins each case on a raw socket, so an upgrade that breaks it fails the build.
 */
@ApplicationScoped
public class InvalidHttpRequests implements VertxOptionsCustomizer {

    private static final Logger LOG = Logger.getLogger(InvalidHttpRequests.class);

    private static final Pattern HEADER = Pattern.compile("quarkus\\.http\\.header\\.\"?([^\"]+?)\"?\\.value");
    private static final Pattern FILTER_HEADER = Pattern.compile("quarkus\\.http\\.filter\\.csp\\.header\\.\"?([^\"]+?)\"?");

    /** The headers every answer carries (application.properties: quarkus.http.header.*, the CSP filter). */
    static volatile Map<String, String> securityHeaders = Map.of();

    @Override
    public void accept(VertxOptions options) {
        securityHeaders = readSecurityHeaders(ConfigProvider.getConfig());
        MetricsOptions current = options.getMetricsOptions();
        if (current != null && current.isEnabled() && current.getFactory() != null) {
            // the metrics of /q/metrics (Micrometer) use the same hook: ours runs first, then theirs
            // (Micrometer's options are their own factory and ignore setFactory: they are replaced by ours, which wraps them)
            io.vertx.core.spi.VertxMetricsFactory theirs = current.getFactory();
            options.setMetricsOptions(new MetricsOptions().setEnabled(true).setFactory(o -> new Hook(theirs.metrics(o))));
            return;
        }
        options.setMetricsOptions(new MetricsOptions().setEnabled(true).setFactory(o -> new Hook(null)));
    }

    static Map<String, String> readSecurityHeaders(Config config) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : config.getPropertyNames()) {
            Matcher header = HEADER.matcher(name);
            Matcher filter = FILTER_HEADER.matcher(name);
            if (header.matches()) {
                config.getOptionalValue(name, String.class).ifPresent(v -> headers.put(header.group(1), v));
            } else if (filter.matches()) {
                config.getOptionalValue(name, String.class).ifPresent(v -> headers.put(filter.group(1), v));
            }
        }
        return Map.copyOf(headers);
    }

    /** Quarkus casts the metrics to {@link ExtendedQuarkusVertxHttpMetrics} when a connection limit is configured. */
    static final class Hook implements VertxMetrics, ExtendedQuarkusVertxHttpMetrics {

        /** The metrics configured before (Micrometer's), or null. */
        private final VertxMetrics inner;

        Hook(VertxMetrics inner) {
            this.inner = inner;
        }

        @Override
        @SuppressWarnings("unchecked")
        public HttpServerMetrics<?, ?, ?> createHttpServerMetrics(HttpServerOptions options, SocketAddress localAddress) {
            HttpServerMetrics<Object, Object, Object> theirs = inner == null ? null
                    : (HttpServerMetrics<Object, Object, Object>) inner.createHttpServerMetrics(options, localAddress);
            return theirs == null ? ON_REQUEST : new Both(theirs);
        }

        @Override
        public ConnectionTracker getHttpConnectionTracker() {
            return inner instanceof ExtendedQuarkusVertxHttpMetrics extended ? extended.getHttpConnectionTracker() : NOOP_CONNECTION_TRACKER;
        }

        @Override
        public io.vertx.core.spi.metrics.EventBusMetrics createEventBusMetrics() {
            return inner == null ? VertxMetrics.super.createEventBusMetrics() : inner.createEventBusMetrics();
        }

        @Override
        public io.vertx.core.spi.metrics.ClientMetrics<?, ?, ?, ?> createClientMetrics(SocketAddress remote, String type, String namespace) {
            return inner == null ? VertxMetrics.super.createClientMetrics(remote, type, namespace) : inner.createClientMetrics(remote, type, namespace);
        }

        @Override
        public io.vertx.core.spi.metrics.HttpClientMetrics<?, ?, ?, ?> createHttpClientMetrics(io.vertx.core.http.HttpClientOptions options) {
            return inner == null ? VertxMetrics.super.createHttpClientMetrics(options) : inner.createHttpClientMetrics(options);
        }

        @Override
        public io.vertx.core.spi.metrics.TCPMetrics<?> createNetServerMetrics(io.vertx.core.net.NetServerOptions options, SocketAddress local) {
            return inner == null ? VertxMetrics.super.createNetServerMetrics(options, local) : inner.createNetServerMetrics(options, local);
        }

        @Override
        public io.vertx.core.spi.metrics.TCPMetrics<?> createNetClientMetrics(io.vertx.core.net.NetClientOptions options) {
            return inner == null ? VertxMetrics.super.createNetClientMetrics(options) : inner.createNetClientMetrics(options);
        }

        @Override
        public io.vertx.core.spi.metrics.DatagramSocketMetrics createDatagramSocketMetrics(io.vertx.core.datagram.DatagramSocketOptions options) {
            return inner == null ? VertxMetrics.super.createDatagramSocketMetrics(options) : inner.createDatagramSocketMetrics(options);
        }

        @Override
        public io.vertx.core.spi.metrics.PoolMetrics<?> createPoolMetrics(String poolType, String poolName, int maxPoolSize) {
            return inner == null ? VertxMetrics.super.createPoolMetrics(poolType, poolName, maxPoolSize) : inner.createPoolMetrics(poolType, poolName, maxPoolSize);
        }

        @Override
        public void vertxCreated(io.vertx.core.Vertx vertx) {
            if (inner != null) {
                inner.vertxCreated(vertx);
            }
        }

        @Override
        public boolean isMetricsEnabled() {
            return true;
        }

        @Override
        public void close() {
            if (inner != null) {
                inner.close();
            }
        }
    }

    /** Our look at each request first, then every call passed on to the metrics configured before. */
    static final class Both implements HttpServerMetrics<Object, Object, Object> {

        private final HttpServerMetrics<Object, Object, Object> theirs;

        Both(HttpServerMetrics<Object, Object, Object> theirs) {
            this.theirs = theirs;
        }

        @Override
        public Object requestBegin(Object socketMetric, HttpRequest request) {
            ON_REQUEST.requestBegin(socketMetric, request);
            return theirs.requestBegin(socketMetric, request);
        }

        @Override
        public void requestEnd(Object requestMetric, HttpRequest request, long bytesRead) {
            theirs.requestEnd(requestMetric, request, bytesRead);
        }

        @Override
        public void requestReset(Object requestMetric) {
            theirs.requestReset(requestMetric);
        }

        @Override
        public void responseBegin(Object requestMetric, io.vertx.core.spi.observability.HttpResponse response) {
            theirs.responseBegin(requestMetric, response);
        }

        @Override
        public Object responsePushed(Object socketMetric, io.vertx.core.http.HttpMethod method, String uri,
                io.vertx.core.spi.observability.HttpResponse response) {
            return theirs.responsePushed(socketMetric, method, uri, response);
        }

        @Override
        public void responseEnd(Object requestMetric, io.vertx.core.spi.observability.HttpResponse response, long bytesWritten) {
            theirs.responseEnd(requestMetric, response, bytesWritten);
        }

        @Override
        public Object connected(Object socketMetric, Object requestMetric, io.vertx.core.http.ServerWebSocket serverWebSocket) {
            return theirs.connected(socketMetric, requestMetric, serverWebSocket);
        }

        @Override
        public void disconnected(Object serverWebSocketMetric) {
            theirs.disconnected(serverWebSocketMetric);
        }

        @Override
        public void requestRouted(Object requestMetric, String route) {
            theirs.requestRouted(requestMetric, route);
        }

        @Override
        public Object connected(SocketAddress remoteAddress, String remoteName) {
            return theirs.connected(remoteAddress, remoteName);
        }

        @Override
        public void disconnected(Object socketMetric, SocketAddress remoteAddress) {
            theirs.disconnected(socketMetric, remoteAddress);
        }

        @Override
        public void bytesRead(Object socketMetric, SocketAddress remoteAddress, long numberOfBytes) {
            theirs.bytesRead(socketMetric, remoteAddress, numberOfBytes);
        }

        @Override
        public void bytesWritten(Object socketMetric, SocketAddress remoteAddress, long numberOfBytes) {
            theirs.bytesWritten(socketMetric, remoteAddress, numberOfBytes);
        }

        @Override
        public void exceptionOccurred(Object socketMetric, SocketAddress remoteAddress, Throwable t) {
            theirs.exceptionOccurred(socketMetric, remoteAddress, t);
        }

        @Override
        public void close() {
            theirs.close();
        }
    }

    static final HttpServerMetrics<Object, Object, Object> ON_REQUEST = new HttpServerMetrics<>() {
        @Override
        public Object requestBegin(Object socketMetric, HttpRequest request) {
            if (request instanceof HttpServerRequest req && req.connection() instanceof HttpServerConnection connection) {
                if (req.decoderResult().isFailure()) {
                    connection.invalidRequestHandler(DECODER_FAILURE);
                } else if (req.version() == null) {
                    connection.handler(UNSUPPORTED_VERSION); // the connection closes after it: nothing else to serve
                } else if (!readable(req.uri())) {
                    connection.handler(UNREADABLE_URI);
                }
            }
            return null;
        }
    };

    static boolean readable(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static final Handler<HttpServerRequest> DECODER_FAILURE = req -> {
        Throwable cause = req.decoderResult().cause();
        if (cause instanceof TooLongHttpLineException) {
            refuse(req, 414, "uri-too-long", "Adresse trop longue",
                    "L'adresse demandée (avec ses paramètres) dépasse 4 096 caractères : raccourcissez-la.");
        } else if (cause instanceof TooLongHttpHeaderException) {
            refuse(req, 431, "headers-too-large", "En-têtes trop volumineux",
                    "Les en-têtes de la requête dépassent 20 Kio : retirez les cookies ou en-têtes superflus.");
        } else {
            refuse(req, 400, "malformed-request", "Requête mal formée", "La requête HTTP est mal formée.");
        }
    };

    private static final Handler<HttpServerRequest> UNREADABLE_URI = req -> refuse(req, 400, "malformed-request",
            "Requête mal formée", "L'adresse demandée contient des caractères non permis : encodez-les (%XX).");

    private static void refuse(HttpServerRequest req, int status, String slug, String title, String detail) {
        HttpServerResponse response = req.response();
        response.setStatusCode(status);
        securityHeaders.forEach(response::putHeader);
        response.putHeader("Content-Type", Problem.MEDIA_TYPE + ";charset=UTF-8").putHeader("Connection", "close");
        response.end(WebRoutes.problemBody(status, slug, title, detail)).onComplete(done -> req.connection().close());
    }

    /**
     * Written through Netty: Vert.x would echo the client's version in the status line ("HTTP/3.0 505"), which no
     * client reads as HTTP/1.1.
     */
    private static final Handler<HttpServerRequest> UNSUPPORTED_VERSION = req -> {
        byte[] body = WebRoutes.problemBody(505, "http-version-not-supported", "Version HTTP non prise en charge",
                "Ce serveur parle HTTP/1.0 et HTTP/1.1.").getBytes(StandardCharsets.UTF_8);
        DefaultFullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.HTTP_VERSION_NOT_SUPPORTED, Unpooled.wrappedBuffer(body));
        securityHeaders.forEach(response.headers()::set);
        response.headers().set("Content-Type", Problem.MEDIA_TYPE + ";charset=UTF-8").set("Content-Length", body.length)
                .set("Connection", "close");
        Channel channel = ((HttpServerConnection) req.connection()).channel();
        channel.writeAndFlush(response).addListener(done -> channel.close());
    };
}
