package coop.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the simulations share: settings (system properties set by bench/run.sh), the HTTP protocol, the feeder of
 * bench cooperatives (one cooperative per virtual user, so that no If-Match ever goes stale by design) and the
 * requests of the adhesion API.
 */
final class Bench {

    private Bench() {}

    static final String PASSWORD = "Bench-Password-2025";

    static String prop(String name, String fallback) {
        return System.getProperty(name, fallback);
    }

    static int intProp(String name, int fallback) {
        return Integer.parseInt(prop(name, String.valueOf(fallback)));
    }

    static final String BASE_URL = prop("bench.baseUrl", "http://localhost:8181");

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(BASE_URL)
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .userAgentHeader("coop-bench")
                .disableCaching()
                .disableFollowRedirect()
                // Gatling's default warm-up calls an outside site: warm up on the server itself.
                .warmUp(BASE_URL + "/q/health/live");
    }

    /** Logins 999-first … 999-(first+count-1), in order; each record also has its index. */
    static Iterator<Map<String, Object>> cooperatives(int first, int count) {
        AtomicInteger next = new AtomicInteger();
        return Stream.generate((Supplier<Map<String, Object>>) () -> {
            int i = next.getAndIncrement();
            if (i >= count) {
                throw new IllegalStateException("more virtual users than bench cooperatives (" + count + " from 999-" + first + ")");
            }
            Map<String, Object> record = new HashMap<>();
            record.put("login", "999-" + (first + i));
            record.put("index", i);
            return record;
        }).iterator();
    }

    static final String LINE_SAVE = "line save";

    // --- requests -----------------------------------------------------------------------------------------------

    /** POST /api/auth/login once per virtual user: token, cooperative and school year into the session. */
    static ChainBuilder login(String name) {
        return exec(http(name).post("/api/auth/login")
                .body(StringBody("{\"login\":\"#{login}\",\"password\":\"" + PASSWORD + "\"}"))
                .check(status().is(200),
                        jsonPath("$.token").saveAs("token"),
                        jsonPath("$.account.cooperative.id").saveAs("coopId"),
                        jsonPath("$.account.schoolYear").saveAs("year")));
    }

    static final String AUTH = "Bearer #{token}";

    /** GET /api/me: the HTTP stack, the token and the account's read alone, the floor under any request of the server. */
    static ChainBuilder me() {
        return exec(http("me").get("/api/me").header("Authorization", AUTH).check(status().is(200)));
    }

    /** Reads the cooperative's adhesion of the year and opens it when it is not started yet. */
    static ChainBuilder openAdhesion(String readName, String openName) {
        return exec(http(readName).get("/api/cooperatives/#{coopId}/adhesions/#{year}").header("Authorization", AUTH)
                        .check(status().is(200), jsonPath("$.status").saveAs("adhesionStatus"),
                                jmesPath("id").optional().saveAs("adhesionId"),
                                jmesPath("length(lines)").ofInt().saveAs("lineCount"),
                                header("ETag").optional().saveAs("etag")))
                .doIfEquals("#{adhesionStatus}", "NOT_STARTED").then(
                        exec(http(openName).post("/api/cooperatives/#{coopId}/adhesions/#{year}").header("Authorization", AUTH)
                                .check(status().is(201), jsonPath("$.id").saveAs("adhesionId"),
                                        jmesPath("length(lines)").ofInt().saveAs("lineCount"),
                                        header("ETag").saveAs("etag"))));
    }

    /**
     * Adds a line: 201, the adhesion's new version (ETag) and the new line's address (Location, whose last segment is
     * its id). The checks read headers only: the answer (the whole adhesion, re-priced) is not parsed, so that the load
     * generator, which shares the machine with the server, spends its CPU sending requests.
     */
    static ChainBuilder addLine(String name) {
        return exec(http(name).post("/api/adhesions/#{adhesionId}/lines").header("Authorization", AUTH).header("If-Match", "#{etag}")
                .body(StringBody("{\"className\":\"CM#{index}-#{lineCount}\",\"teachers\":\"BENCH MANDATAIRE\","
                        + "\"teacherEmail\":\"bench@ac-demo.fr\",\"adults\":1,\"pupils\":24}"))
                .check(status().is(201), header("ETag").saveAs("etag"),
                        header("Location").transform(location -> location.substring(location.lastIndexOf('/') + 1)).saveAs("lineId")))
                .exec(session -> session.set("lineCount", session.getInt("lineCount") + 1));
    }

    static ChainBuilder updateLine(String name) {
        return exec(http(name).put("/api/adhesions/#{adhesionId}/lines/#{lineId}").header("Authorization", AUTH)
                .header("If-Match", "#{etag}")
                .body(StringBody("{\"className\":\"CM#{index}-#{lineCount}\",\"teachers\":\"BENCH MANDATAIRE - SECOND\","
                        + "\"teacherEmail\":\"bench@ac-demo.fr\",\"adults\":2,\"pupils\":27}"))
                .check(status().is(200), header("ETag").saveAs("etag")));
    }

    static ChainBuilder deleteLine(String name) {
        return exec(http(name).delete("/api/adhesions/#{adhesionId}/lines/#{lineId}").header("Authorization", AUTH)
                .header("If-Match", "#{etag}")
                .check(status().is(200), header("ETag").saveAs("etag")))
                .exec(session -> session.set("lineCount", session.getInt("lineCount") - 1));
    }

    // --- the measured window, for throughputs that must not count the logins ----------------------------------

    static final AtomicLong WINDOW_START = new AtomicLong(Long.MAX_VALUE);
    static final AtomicLong WINDOW_END = new AtomicLong(0);
    static final AtomicInteger READY = new AtomicInteger();
    static final AtomicLong GO = new AtomicLong(0);

    static Session enterWindow(Session session) {
        WINDOW_START.accumulateAndGet(System.currentTimeMillis(), Math::min);
        return session;
    }

    static Session leaveWindow(Session session) {
        WINDOW_END.accumulateAndGet(System.currentTimeMillis(), Math::max);
        return session;
    }

    /** Writes the measured window (and any extra facts) as JSON into -Dbench.resultFile, for the summary. */
    static void writeResult(Map<String, Object> extra) {
        String file = System.getProperty("bench.resultFile");
        if (file == null) {
            return;
        }
        Map<String, Object> all = new HashMap<>(extra);
        all.put("windowStartMs", WINDOW_START.get() == Long.MAX_VALUE ? 0 : WINDOW_START.get());
        all.put("windowEndMs", WINDOW_END.get());
        String json = all.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + e.getValue())
                .collect(Collectors.joining(", ", "{", "}\n"));
        try {
            Files.createDirectories(Path.of(file).toAbsolutePath().getParent());
            Files.writeString(Path.of(file), json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ends a virtual user whose setup failed (its errors are counted), without keeping the others waiting for it. */
    static ChainBuilder giveUpIfFailed() {
        return exec(session -> {
                    if (session.isFailed()) {
                        READY.incrementAndGet();
                    }
                    return session;
                })
                .exitHereIfFailed();
    }

    /**
     * After its setup, each virtual user waits for all the others; then user i starts at GO + i × spacing, so that
     * the fixed-rate scenarios send evenly spaced requests from the first second on.
     */
    static ChainBuilder rendezvous(int users, long spacingMs) {
        return exec(session -> {
                    READY.incrementAndGet();
                    return session.set("readyAt", System.currentTimeMillis());
                })
                // (at most a minute: a user whose setup failed never comes)
                .asLongAs(session -> READY.get() < users && System.currentTimeMillis() - session.getLong("readyAt") < 60_000)
                .on(io.gatling.javaapi.core.CoreDsl.pause(Duration.ofMillis(20)))
                .exec(session -> {
                    GO.compareAndSet(0, System.currentTimeMillis() + 100);
                    return session.set("start", GO.get() + session.getInt("index") * spacingMs).set("k", 0);
                })
                .pause(session -> millis(session.getLong("start") - System.currentTimeMillis()));
    }

    /** Request number k of this user is sent at start + k × interval (not earlier; at once when late). */
    static ChainBuilder onSchedule(long intervalMs, ChainBuilder request) {
        return exec(io.gatling.javaapi.core.CoreDsl.pause(
                        session -> millis(session.getLong("start") + session.getInt("k") * intervalMs - System.currentTimeMillis())))
                .exec(request)
                .exec(session -> session.set("k", session.getInt("k") + 1));
    }

    static Duration millis(long ms) {
        return Duration.ofMillis(Math.max(0, ms));
    }
}
