package org.coopenligne.documents.storage;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-process stand-in for MinIO: one bucket, path-style addressing, and the checks a real store makes
 * (the Authorization header recomputed from the headers received, the payload's SHA-256, its length).
 */
final class FakeS3Server implements AutoCloseable {

    record Received(String method, String path, Map<String, String> headers, int status) {}

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/s3/aws4_request,SignedHeaders=([^,]+),Signature=([0-9a-f]{64})");

    private final HttpServer server;
    private final String bucket;
    private final String accessKey;
    private final SigV4Signer signer;
    final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    /** When each object was stored: a test may move it back in time. */
    final Map<String, Instant> storedAt = new ConcurrentHashMap<>();
    final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    volatile int failNextWith;

    FakeS3Server(String bucket, String accessKey, String secretKey, String region) throws IOException {
        this.bucket = bucket;
        this.accessKey = accessKey;
        this.signer = new SigV4Signer(accessKey, secretKey, region, "s3");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = answer(exchange, body);
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), headers, status));
        }
    }

    private int answer(HttpExchange exchange, byte[] body) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        String problem = checkSignature(exchange, method, path);
        if (problem != null) {
            return error(exchange, 403, "SignatureDoesNotMatch", problem);
        }
        if (failNextWith != 0) {
            int status = failNextWith;
            failNextWith = 0;
            return error(exchange, status, "InternalError", "We encountered an internal error.");
        }
        if (method.equals("GET") && path.equals("/" + bucket)) {
            return list(exchange);
        }
        String prefix = "/" + bucket + "/";
        if (!path.startsWith(prefix)) {
            return error(exchange, 404, "NoSuchBucket", "The specified bucket does not exist");
        }
        String key = path.substring(prefix.length());
        switch (method) {
            case "PUT" -> {
                String declared = exchange.getRequestHeaders().getFirst("x-amz-content-sha256");
                if (!SigV4Signer.sha256Hex(body).equals(declared)) {
                    return error(exchange, 400, "XAmzContentSHA256Mismatch", "The provided 'x-amz-content-sha256' header does not match");
                }
                String length = exchange.getRequestHeaders().getFirst("Content-Length");
                if (length == null || Long.parseLong(length) != body.length) {
                    return error(exchange, 411, "MissingContentLength", "You must provide the Content-Length HTTP header.");
                }
                objects.put(key, body);
                storedAt.put(key, Instant.now());
                exchange.getResponseHeaders().add("ETag", "\"fake\"");
                exchange.sendResponseHeaders(200, -1);
                return 200;
            }
            case "GET" -> {
                byte[] object = objects.get(key);
                if (object == null) {
                    return error(exchange, 404, "NoSuchKey", "The specified key does not exist.");
                }
                exchange.sendResponseHeaders(200, object.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(object);
                }
                return 200;
            }
            case "HEAD" -> {
                byte[] object = objects.get(key);
                if (object == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return 404;
                }
                exchange.getResponseHeaders().add("Content-Length", String.valueOf(object.length));
                exchange.sendResponseHeaders(200, -1);
                return 200;
            }
            case "DELETE" -> {
                objects.remove(key);
                storedAt.remove(key);
                exchange.sendResponseHeaders(204, -1);
                return 204;
            }
            default -> {
                return error(exchange, 405, "MethodNotAllowed", method);
            }
        }
    }

    /** ListObjectsV2: the keys in order, {@code max-keys} at a time, the next page's token being the last key sent. */
    private int list(HttpExchange exchange) throws IOException {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
            String[] nv = pair.split("=", 2);
            query.put(nv[0], java.net.URLDecoder.decode(nv[1], StandardCharsets.UTF_8));
        }
        if (!"2".equals(query.get("list-type"))) {
            return error(exchange, 400, "InvalidArgument", "list-type=2 expected");
        }
        int max = Integer.parseInt(query.getOrDefault("max-keys", "1000"));
        String after = query.getOrDefault("continuation-token", "");
        List<String> keys = objects.keySet().stream().sorted().filter(k -> k.compareTo(after) > 0).toList();
        List<String> page = keys.subList(0, Math.min(max, keys.size()));
        boolean truncated = keys.size() > page.size();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                + "<Name>" + bucket + "</Name><KeyCount>" + page.size() + "</KeyCount><IsTruncated>" + truncated + "</IsTruncated>");
        if (truncated) {
            xml.append("<NextContinuationToken>").append(page.get(page.size() - 1)).append("</NextContinuationToken>");
        }
        for (String key : page) {
            xml.append("<Contents><Key>").append(key).append("</Key><LastModified>").append(storedAt.get(key))
                    .append("</LastModified><Size>").append(objects.get(key).length).append("</Size></Contents>");
        }
        byte[] bytes = xml.append("</ListBucketResult>").toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/xml");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        return 200;
    }

    /** Null when the request carries a valid signature of the headers it names, made within 15 minutes. */
    private String checkSignature(HttpExchange exchange, String method, String path) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Matcher m = authorization == null ? null : AUTHORIZATION.matcher(authorization);
        if (m == null || !m.matches()) {
            return "Malformed Authorization: " + authorization;
        }
        if (!m.group(1).equals(accessKey)) {
            return "Unknown access key " + m.group(1);
        }
        String amzDate = exchange.getRequestHeaders().getFirst("x-amz-date");
        String payload = exchange.getRequestHeaders().getFirst("x-amz-content-sha256");
        if (amzDate == null || payload == null) {
            return "x-amz-date and x-amz-content-sha256 are required";
        }
        Instant time = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
                .parse(amzDate, Instant::from);
        if (!m.group(2).equals(amzDate.substring(0, 8))) {
            return "Credential date differs from x-amz-date";
        }
        Map<String, String> signed = new LinkedHashMap<>();
        for (String name : m.group(4).split(";")) {
            String value = exchange.getRequestHeaders().getFirst(name);
            if (value == null) {
                return "Signed header " + name + " is missing";
            }
            signed.put(name, value);
        }
        if (!signed.containsKey("host") || !signed.containsKey("x-amz-date") || !signed.containsKey("x-amz-content-sha256")) {
            return "host, x-amz-date and x-amz-content-sha256 must be signed";
        }
        String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
        String expected = signer.authorization(method, path, query, signed, payload, time);
        return expected.equals(authorization) ? null : "Expected " + expected;
    }

    private static int error(HttpExchange exchange, int status, String code, String message) throws IOException {
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + message
                + "</Message></Error>").getBytes(StandardCharsets.UTF_8);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return status;
        }
        exchange.getResponseHeaders().add("Content-Type", "application/xml");
        exchange.sendResponseHeaders(status, xml.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(xml);
        }
        return status;
    }

    static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }
}
