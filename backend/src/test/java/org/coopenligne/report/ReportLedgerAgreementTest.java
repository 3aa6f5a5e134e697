package org.coopenligne.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The financial report and the ledger agree after any sequence of entries: for seeded random years (entries of every
 * kind through the bank and the cash box, split or not, edited, deleted, ticked before or after 31 August), the report
 * filled from the books has the ledger's income, charges and heading totals, the cheques and receipts not seen by 31
 * August, and — with the statement's balance the bank really had — its balance check holds. The model the test keeps is
 * its own arithmetic, not the server's. (A property over seeded sequences: jqwik does not run inside a Quarkus test.)
 */
@QuarkusTest
class ReportLedgerAgreementTest {

    private static final String YEAR = Reports.YEAR;
    private static final LocalDate FIRST = LocalDate.of(2024, 9, 1);
    private static final List<String> CHARGES = List.of("6068", "6251", "6232", "627");
    private static final List<String> INCOMES = List.of("7562", "744", "708", "7541");
    private static final String[] MEANS = {"CHEQUE", "CARD", "TRANSFER", "CASH", "DIRECT_DEBIT"};

    @Inject Fixtures fixtures;

    /** What the test knows of an entry. */
    private static final class Entry {
        long id;
        String kind;
        boolean bank; // through the bank (for a transfer: leaves the bank)
        String means;
        LocalDate date;
        Map<String, BigDecimal> parts = new TreeMap<>();
        BigDecimal amount;
        LocalDate clearedOn;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void shouldFillTheReportWithTheLedgersFiguresAndBalanceWithTheTrueStatement(long seed) {
        Random random = new Random(seed);
        String department = fixtures.newDepartment();
        Fixtures.Coop coop = fixtures.newActiveCooperative(department);
        String token = fixtures.tokenOf(coop.login());
        BigDecimal openingBank = cents(random, 50_000, 300_000);
        BigDecimal openingCash = cents(random, 0, 20_000);
        as(token).contentType(ContentType.JSON).body(Map.of("bank", openingBank, "cash", openingCash))
                .put("/api/cooperatives/" + coop.id() + "/ledger/openings/" + YEAR).then().statusCode(200);

        List<Entry> entries = new ArrayList<>();
        for (int step = 0; step < 24; step++) {
            int what = random.nextInt(10);
            if (what < 6 || entries.isEmpty()) {
                Entry e = random(random);
                e.id = as(token).contentType(ContentType.JSON).body(body(e, random)).post("/api/cooperatives/" + coop.id() + "/ledger-entries")
                        .then().log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("id");
                entries.add(e);
            } else if (what < 8) { // tick it, before or after 31 August
                Entry e = entries.get(random.nextInt(entries.size()));
                if (e.kind.equals("TRANSFER") || !e.bank) {
                    continue;
                }
                LocalDate on = random.nextInt(4) == 0 ? LocalDate.of(2025, 9, 3) : e.date.plusDays(random.nextInt(40));
                Map<String, Object> clearing = new HashMap<>();
                clearing.put("clearedOn", on.toString());
                as(token).header("If-Match", "\"" + version(token, coop, e.id) + "\"").contentType(ContentType.JSON).body(clearing)
                        .put("/api/ledger-entries/" + e.id + "/clearing").then().log().ifValidationFails().statusCode(200);
                e.clearedOn = on;
            } else if (what < 9) { // an edit: a new amount, parts and means
                int i = random.nextInt(entries.size());
                Entry old = entries.get(i);
                if (old.clearedOn != null) {
                    continue; // a ticked entry's amount is what the statement showed
                }
                Entry e = random(random);
                e.id = old.id;
                as(token).header("If-Match", "\"" + version(token, coop, e.id) + "\"").contentType(ContentType.JSON).body(body(e, random))
                        .put("/api/ledger-entries/" + e.id).then().statusCode(200);
                entries.set(i, e);
            } else {
                Entry e = entries.remove(random.nextInt(entries.size()));
                as(token).header("If-Match", "\"" + version(token, coop, e.id) + "\"").delete("/api/ledger-entries/" + e.id).then().statusCode(204);
            }
        }

        // the model: income, charges, headings; the bank's moves, those seen on a statement by 31 August
        BigDecimal income = zero(), charges = zero(), bank = openingBank, cash = openingCash, seen = openingBank, notDebited = zero(), notCredited = zero();
        Map<String, BigDecimal> headings = new TreeMap<>();
        for (Entry e : entries) {
            BigDecimal signed = e.kind.equals("INCOME") ? e.amount : e.amount.negate();
            if (e.kind.equals("TRANSFER")) {
                signed = e.bank ? e.amount.negate() : e.amount; // from the bank to the cash box, or the cash paid in
                cash = cash.subtract(signed);
            } else if (!e.bank) {
                cash = cash.add(signed);
            }
            if (e.kind.equals("INCOME")) {
                income = income.add(e.amount);
            } else if (e.kind.equals("CHARGE")) {
                charges = charges.add(e.amount);
            }
            e.parts.forEach((code, amount) -> headings.merge(code, amount, BigDecimal::add));
            if (e.bank || e.kind.equals("TRANSFER")) {
                bank = bank.add(signed);
                boolean ticked = e.clearedOn != null && !e.clearedOn.isAfter(LocalDate.of(2025, 8, 31));
                if (ticked) {
                    seen = seen.add(signed);
                } else if (signed.signum() < 0) {
                    notDebited = notDebited.add(signed.negate());
                } else {
                    notCredited = notCredited.add(signed);
                }
            }
        }
        String report = "/api/cooperatives/" + coop.id() + "/annual-reports/" + YEAR;
        JsonPath r = as(token).contentType(ContentType.JSON).body(Map.of("books", "LEDGER", "statementBalance", seen)).put(report + "/financial")
                .then().statusCode(200).extract().jsonPath();
        String why = "seed " + seed + ", " + entries.size() + " entries, equation " + r.getString("financial.check.equation");
        assertThat(r.getBoolean("financial.check.holds")).as(why).isTrue();
        assertThat(r.getString("financial.check.verdict")).isEqualTo("Le Compte-Rendu Financier semble correct");
        assertThat(new BigDecimal(r.getString("financial.income"))).as(why).isEqualByComparingTo(income);
        assertThat(new BigDecimal(r.getString("financial.charges"))).as(why).isEqualByComparingTo(charges);
        assertThat(new BigDecimal(r.getString("financial.notDebited"))).as(why).isEqualByComparingTo(notDebited);
        assertThat(new BigDecimal(r.getString("financial.notCredited"))).as(why).isEqualByComparingTo(notCredited);
        assertThat(new BigDecimal(r.getString("financial.booksBank"))).as(why).isEqualByComparingTo(bank);
        assertThat(new BigDecimal(r.getString("financial.booksCash"))).as(why).isEqualByComparingTo(cash);
        assertThat(new BigDecimal(r.getString("financial.cash"))).as(why).isEqualByComparingTo(cash);
        Map<String, BigDecimal> reported = new TreeMap<>();
        List<Map<String, Object>> lines = r.getList("financial.headings");
        lines.forEach(h -> reported.put((String) h.get("code"), new BigDecimal(String.valueOf(h.get("amount")))));
        reported.values().removeIf(v -> v.signum() == 0);
        headings.values().removeIf(v -> v.signum() == 0);
        assertThat(reported.keySet()).as(why).isEqualTo(headings.keySet());
        headings.forEach((code, amount) -> assertThat(reported.get(code)).as(why + " " + code).isEqualByComparingTo(amount));

        // a statement one cent off is a gap of one cent, named
        JsonPath off = as(token).contentType(ContentType.JSON)
                .body(Map.of("books", "LEDGER", "statementBalance", seen.add(new BigDecimal("0.01")), "version", r.getInt("version")))
                .put(report + "/financial").then().statusCode(200).extract().jsonPath();
        assertThat(off.getBoolean("financial.check.holds")).isFalse();
        assertThat(new BigDecimal(off.getString("financial.check.gap"))).isEqualByComparingTo("-0.01");
    }

    private static Entry random(Random random) {
        Entry e = new Entry();
        e.date = FIRST.plusDays(random.nextInt(365));
        int kind = random.nextInt(10);
        e.kind = kind < 4 ? "INCOME" : kind < 9 ? "CHARGE" : "TRANSFER";
        if (e.kind.equals("TRANSFER")) {
            e.bank = random.nextBoolean();
            e.amount = cents(random, 100, 10_000);
            return e;
        }
        e.means = MEANS[random.nextInt(MEANS.length)];
        e.bank = !e.means.equals("CASH");
        List<String> codes = e.kind.equals("INCOME") ? INCOMES : CHARGES;
        int parts = 1 + random.nextInt(3);
        e.amount = zero();
        for (int i = 0; i < parts; i++) {
            BigDecimal part = cents(random, 1, 40_000);
            e.parts.merge(codes.get((i + random.nextInt(codes.size())) % codes.size()), part, BigDecimal::add);
            e.amount = e.amount.add(part);
        }
        return e;
    }

    private static Map<String, Object> body(Entry e, Random random) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", e.date.toString());
        body.put("label", "Opération " + e.kind.toLowerCase());
        body.put("amount", e.amount);
        body.put("kind", e.kind);
        if (e.kind.equals("TRANSFER")) {
            body.put("means", e.bank ? "CASH" : "TRANSFER");
            body.put("treasury", e.bank ? "BANK" : "CASH");
            return body;
        }
        body.put("means", e.means);
        if (e.means.equals("CHEQUE")) {
            body.put("chequeNumber", String.valueOf(1000 + random.nextInt(9000)));
        }
        body.put("parts", e.parts.entrySet().stream().map(p -> Map.of("heading", p.getKey(), "amount", p.getValue())).toList());
        return body;
    }

    private static int version(String token, Fixtures.Coop coop, long entryId) {
        return as(token).get("/api/cooperatives/" + coop.id() + "/ledger?year=" + YEAR + "&size=500").then().statusCode(200).extract()
                .path("lines.find { it.entry.id == " + entryId + " }.entry.version");
    }

    private static BigDecimal cents(Random random, int from, int to) {
        return BigDecimal.valueOf(from + random.nextInt(to - from), 2);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
