package coop.bench;

import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.Map;

/**
 * Line saves: a fixed set of virtual users, each logged in once on its own bench cooperative with its adhesion open
 * (and a few lines in it), then looping add line / update line / delete line (3 saves a cycle, so the adhesion never
 * reaches its 200 lines). Every save answers the whole adhesion re-priced and its new version (ETag), sent back as
 * If-Match on the next one.
 * <ul>
 *   <li>bench.mode=max: as fast as the server answers, for bench.duration seconds: the sustained throughput;</li>
 *   <li>bench.mode=rate: bench.rate requests a second in all, evenly spaced, for bench.duration seconds: the latency
 *       at a fixed load.</li>
 * </ul>
 * Every save is named "line save" so that Gatling's percentiles cover the three kinds together.
 */
public class LineSaveSimulation extends Simulation {

    final String mode = Bench.prop("bench.mode", "max");
    final int users = Bench.intProp("bench.users", 24);
    final int first = Bench.intProp("bench.firstLogin", 2000);
    final int duration = Bench.intProp("bench.duration", 30);
    final int rate = Bench.intProp("bench.rate", 200);
    final int baseLines = Bench.intProp("bench.baseLines", 5);

    final ChainBuilder setup = Bench.login("setup: login")
            .exec(Bench.giveUpIfFailed())
            .exec(Bench.openAdhesion("setup: read adhesion", "setup: open adhesion"))
            .exec(Bench.giveUpIfFailed())
            .asLongAs(session -> !session.isFailed() && session.getInt("lineCount") < baseLines).on(Bench.addLine("setup: add line"))
            .exec(Bench.giveUpIfFailed());

    ChainBuilder measured() {
        if (mode.equals("me") || mode.equals("read")) {
            // Diagnostics (BENCH_LADDER=1): the same users at full speed on lighter requests, to split a save's cost.
            ChainBuilder request = mode.equals("me")
                    ? Bench.me()
                    : exec(http("read adhesion").get("/api/adhesions/#{adhesionId}").header("Authorization", Bench.AUTH)
                            .check(status().is(200)));
            return Bench.rendezvous(users, 0)
                    .exec(Bench::enterWindow)
                    .during(Duration.ofSeconds(duration)).on(request)
                    .exec(Bench::leaveWindow);
        }
        if (mode.equals("max")) {
            return Bench.rendezvous(users, 0)
                    .exec(Bench::enterWindow)
                    .during(Duration.ofSeconds(duration)).on(
                            Bench.addLine(Bench.LINE_SAVE), Bench.updateLine(Bench.LINE_SAVE), Bench.deleteLine(Bench.LINE_SAVE))
                    .exec(Bench::leaveWindow);
        }
        long interval = Math.round(1000.0 * users / rate);
        int cycles = (int) Math.round((double) rate * duration / (3.0 * users));
        return Bench.rendezvous(users, Math.round(1000.0 / rate))
                .exec(Bench::enterWindow)
                .repeat(cycles).on(
                        Bench.onSchedule(interval, Bench.addLine(Bench.LINE_SAVE)),
                        Bench.onSchedule(interval, Bench.updateLine(Bench.LINE_SAVE)),
                        Bench.onSchedule(interval, Bench.deleteLine(Bench.LINE_SAVE)))
                .exec(Bench::leaveWindow);
    }

    final ScenarioBuilder saves = scenario("line saves (" + mode + ")")
            .feed(Bench.cooperatives(first, users))
            .exec(setup)
            .exec(measured());

    {
        setUp(saves.injectOpen(rampUsers(users).during(Duration.ofSeconds(Bench.intProp("bench.rampSeconds", 4))))).protocols(Bench.protocol());
    }

    @Override
    public void after() {
        Bench.writeResult(Map.of("users", users, "durationS", duration, "rate", mode.equals("max") ? 0 : rate));
    }
}
