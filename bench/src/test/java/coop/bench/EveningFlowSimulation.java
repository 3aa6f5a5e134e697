package coop.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.Map;

/**
 * The evening flow of a mandataire, in an open model: bench.rate cooperatives a second arrive for bench.duration
 * seconds, each on its own bench cooperative: log in, read who they are, read the adhesion of the year, open it, add
 * three class lines, read the breakdown and preview a fee, correct a line, declare (no insurance, cheque), submit.
 * Short think times (bench.thinkMs) between the steps. A login costs the server ~200 ms of CPU by design (bcrypt,
 * cost 11): 2 arrivals a second already keep 0.4 of the machine's 2 cores busy with logins alone.
 */
public class EveningFlowSimulation extends Simulation {

    final int first = Bench.intProp("bench.firstLogin", 1000);
    final int rate = Bench.intProp("bench.rate", 2);
    final int duration = Bench.intProp("bench.duration", 30);
    final int thinkMs = Bench.intProp("bench.thinkMs", 100);

    final Duration think = Duration.ofMillis(thinkMs);

    final ScenarioBuilder evening = scenario("evening flow")
            .feed(Bench.cooperatives(first, rate * duration + rate))
            .exec(Bench::enterWindow)
            .exec(Bench.login("login"))
            .exitHereIfFailed()
            .exec(http("me").get("/api/me").header("Authorization", Bench.AUTH).check(status().is(200)))
            .pause(think)
            .exec(Bench.openAdhesion("read adhesion", "open adhesion"))
            .exitHereIfFailed()
            .pause(think)
            .exec(Bench.addLine("add line"))
            .pause(think)
            .exec(Bench.addLine("add line"))
            .pause(think)
            .exec(Bench.addLine("add line"))
            .pause(think)
            .exec(http("read breakdown").get("/api/adhesions/#{adhesionId}").header("Authorization", Bench.AUTH)
                    .check(status().is(200), jsonPath("$.fee").exists(), header("ETag").saveAs("etag")))
            .exec(http("quote").post("/api/adhesions/#{adhesionId}/quote").header("Authorization", Bench.AUTH)
                    .body(StringBody("{\"adults\":3,\"pupils\":80,\"insured\":false,\"propertyValue\":0,\"instrumentValue\":0,"
                            + "\"voluntaryParticipation\":0}"))
                    .check(status().is(200)))
            .pause(think)
            .exec(Bench.updateLine("update line"))
            .pause(think)
            .exec(http("declare").put("/api/adhesions/#{adhesionId}/declarations").header("Authorization", Bench.AUTH)
                    .header("If-Match", "#{etag}")
                    .body(StringBody("{\"insured\":false,\"propertyValue\":0,\"instrumentValue\":0,\"subscriptionIds\":[],"
                            + "\"voluntaryParticipation\":0,\"paymentMeans\":\"CHEQUE\"}"))
                    .check(status().is(200), header("ETag").saveAs("etag")))
            .pause(think)
            .exec(http("submit").post("/api/adhesions/#{adhesionId}/submission").header("Authorization", Bench.AUTH)
                    .header("If-Match", "#{etag}")
                    .check(status().is(200), jsonPath("$.status").is("SUBMITTED")))
            .exec(Bench::leaveWindow)
            .exec(session -> {
                if (!session.isFailed()) {
                    COMPLETED.incrementAndGet();
                }
                return session;
            });

    static final java.util.concurrent.atomic.AtomicInteger COMPLETED = new java.util.concurrent.atomic.AtomicInteger();

    {
        setUp(evening.injectOpen(constantUsersPerSec(rate).during(Duration.ofSeconds(duration)))).protocols(Bench.protocol());
    }

    @Override
    public void after() {
        Bench.writeResult(Map.of("flowsCompleted", COMPLETED.get(), "durationS", duration, "rate", rate));
    }
}
