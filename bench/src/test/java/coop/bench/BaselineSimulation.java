package coop.bench;

import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.Map;

/**
 * The baseline: a trivial endpoint of the same server (GET /q/health/live) at the same fixed rate and with the same
 * shape as the fixed-rate line saves (bench.users users, evenly spaced requests, keep-alive connections).
 */
public class BaselineSimulation extends Simulation {

    final int users = Bench.intProp("bench.users", 20);
    final int duration = Bench.intProp("bench.duration", 30);
    final int rate = Bench.intProp("bench.rate", 200);

    final ScenarioBuilder baseline;

    {
        long interval = Math.round(1000.0 * users / rate);
        int perUser = (int) Math.round((double) rate * duration / users);
        baseline = scenario("baseline")
                .feed(Bench.cooperatives(0, users))
                .exec(Bench.rendezvous(users, Math.round(1000.0 / rate)))
                .exec(Bench::enterWindow)
                .repeat(perUser).on(Bench.onSchedule(interval,
                        exec(http("health").get("/q/health/live").check(status().is(200)))))
                .exec(Bench::leaveWindow);
        setUp(baseline.injectOpen(rampUsers(users).during(java.time.Duration.ofSeconds(1)))).protocols(Bench.protocol());
    }

    @Override
    public void after() {
        Bench.writeResult(Map.of("users", users, "durationS", duration, "rate", rate));
    }
}
