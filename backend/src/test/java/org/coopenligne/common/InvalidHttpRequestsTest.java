package org.coopenligne.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Requests the HTTP layer refuses before any route (on a raw socket, as a fuzzer or a broken proxy sends them): each
 * answer is a problem document with the security headers, then the connection closes.
 */
@QuarkusTest
class InvalidHttpRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Status line, headers (lower-case names) and body of the one answer on a fresh connection. */
    record Answer(String statusLine, Map<String, String> headers, String body) {
        int status() {
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    private static Answer send(byte[] request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    read.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the server kept the connection open after refusing the request: " + read);
            } catch (java.net.SocketException reset) {
                // closed by the server once the answer was written: what was read is the answer
            }
            String text = read.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            assertThat(end).as("an HTTP answer: %s", text).isPositive();
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            return new Answer(lines[0], headers, text.substring(end + 4));
        }
    }

    private static void assertProblem(Answer answer, int status, String slug) throws Exception {
        // HTTP/1.0 when the request line itself could not be read (the client's version is unknown)
        assertThat(answer.statusLine()).matches("HTTP/1\\.[01] " + status + " .*");
        assertThat(answer.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(answer.headers()).containsEntry("x-content-type-options", "nosniff")
                .containsEntry("x-frame-options", "DENY")
                .containsEntry("referrer-policy", "no-referrer")
                .containsEntry("connection", "close")
                .containsKey("content-security-policy")
                .containsKey("permissions-policy");
        assertThat(answer.headers().get("content-security-policy")).contains("frame-ancestors 'none'");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).isEqualTo("https://coop-en-ligne.fr/problems/" + slug);
        assertThat(problem.get("detail").asText()).isNotBlank();
    }

    private static byte[] ascii(String request) {
        return request.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void shouldAnswerARequestLineOverFourKilobytesWithA414Problem() throws Exception {
        String query = "q=" + "x".repeat(8200);
        assertProblem(send(ascii("GET /api/departments/038/cooperatives?" + query + " HTTP/1.1\r\nHost: localhost\r\n\r\n")),
                414, "uri-too-long");
    }

    @Test
    void shouldAnswerHeadersOverTwentyKilobytesWithA431Problem() throws Exception {
        assertProblem(send(ascii("GET /api/me HTTP/1.1\r\nHost: localhost\r\nCookie: " + "c".repeat(21_000) + "\r\n\r\n")),
                431, "headers-too-large");
    }

    @Test
    void shouldAnswerAnUnknownHttpVersionWithA505Problem() throws Exception {
        for (String version : new String[] {"HTTP/1.2", "HTTP/3.0", "FOO/1.1"}) {
            Answer answer = send(ascii("GET /api/me " + version + "\r\nHost: localhost\r\n\r\n"));
            assertProblem(answer, 505, "http-version-not-supported");
        }
    }

    @Test
    void shouldAnswerGarbageAndAnUnreadableUriWithA400Problem() throws Exception {
        assertProblem(send(ascii("GET /api/me|x HTTP/1.1\r\nHost: localhost\r\n\r\n")), 400, "malformed-request");
        assertProblem(send(ascii("GET /api/me HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\n\r\n")), 400, "malformed-request");
    }

    @Test
    void shouldServeAWellFormedRequestAsBefore() throws Exception {
        Answer answer = send(ascii("GET /q/health/live HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        assertThat(answer.status()).isEqualTo(200);
        Answer unknown = send(ascii("GET /api/nothing HTTP/1.0\r\nHost: localhost\r\n\r\n"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.headers().get("content-type")).startsWith("application/problem+json");
    }
}
