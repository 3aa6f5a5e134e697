package coop.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.Map;

/**
 * Ledger entry writes (bench/ledger/run.sh, issue 18): each virtual user logged in once on its own bench cooperative,
 * then POST /api/cooperatives/{id}/ledger-entries in a loop: two incomes in cash under 7068 for one charge by card
 * under 6068, dated in October of the school year. Each answers 201 with the entry (voucher number, balances'
 * inputs); the check reads the status only, so that the load generator, which shares the machine with the server,
 * spends its CPU sending requests.
 * <ul>
 *   <li>bench.mode=max: as fast as the server answers, for bench.duration seconds: the sustained throughput;</li>
 *   <li>bench.mode=rate: bench.rate requests a second in all, evenly spaced: the latency at a fixed load;</li>
 *   <li>bench.mode=me: GET /api/me as fast as answered, for bench.duration seconds: the floor under any request of this
 *   server, beside which the writes' throughput is read.</li>
 * </ul>
 */
public class LedgerEntrySimulation extends Simulation {

    static final String ENTRY = "ledger entry";

    final String mode = Bench.prop("bench.mode", "max");
    final int users = Bench.intProp("bench.users", 24);
    final int first = Bench.intProp("bench.firstLogin", 1000);
    final int duration = Bench.intProp("bench.duration", 30);
    final int rate = Bench.intProp("bench.rate", 200);

    static ChainBuilder write() {
        return exec(session -> {
                    // (its own counter: onSchedule counts "k")
                    int k = (session.contains("n") ? session.getInt("n") : 0) + 1;
                    boolean income = k % 3 != 0;
                    String year = session.getString("year");
                    String body = "{\"date\":\"" + year.substring(0, 4) + "-10-" + String.format("%02d", 1 + session.getInt("index") % 28)
                            + "\",\"label\":\"Bench " + session.getInt("index") + "-" + k + "\",\"amount\":" + (income ? "10" : "3.25")
                            + ",\"kind\":\"" + (income ? "INCOME" : "CHARGE") + "\",\"means\":\"" + (income ? "CASH" : "CARD")
                            + "\",\"parts\":[{\"heading\":\"" + (income ? "7068" : "6068") + "\"}]}";
                    return session.set("n", k).set("entryBody", body);
                })
                .exec(http(ENTRY).post("/api/cooperatives/#{coopId}/ledger-entries").header("Authorization", Bench.AUTH)
                        .body(StringBody("#{entryBody}"))
                        .check(status().is(201)));
    }

    ChainBuilder measured() {
        if (mode.equals("max") || mode.equals("me")) {
            return Bench.rendezvous(users, 0)
                    .exec(Bench::enterWindow)
                    .during(Duration.ofSeconds(duration)).on(mode.equals("me") ? Bench.me() : write())
                    .exec(Bench::leaveWindow);
        }
        long interval = Math.round(1000.0 * users / rate);
        int count = (int) Math.round((double) rate * duration / users);
        return Bench.rendezvous(users, Math.round(1000.0 / rate))
                .exec(Bench::enterWindow)
                .repeat(count).on(Bench.onSchedule(interval, write()))
                .exec(Bench::leaveWindow);
    }

    final ScenarioBuilder writes = scenario("ledger entries (" + mode + ")")
            .feed(Bench.cooperatives(first, users))
            .exec(Bench.login("setup: login"))
            .exec(Bench.giveUpIfFailed())
            .exec(measured());

    {
        setUp(writes.injectOpen(rampUsers(users).during(Duration.ofSeconds(Bench.intProp("bench.rampSeconds", 4))))).protocols(Bench.protocol());
    }

    @Override
    public void after() {
        Bench.writeResult(Map.of("users", users, "durationS", duration, "rate", mode.equals("rate") ? rate : 0));
    }
}
