package org.coopenligne.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Fixtures.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The totals per heading each write keeps (ledger_heading_total) stay equal to the sums of the entries' parts after any
 * sequence of entries written, changed (amount, heading, split) and deleted, for every cooperative and year; and a
 * department's books are their sum.
 */
@QuarkusTest
class LedgerHeadingTotalsTest {

    private static final List<String> CHARGES = List.of("6068", "6251", "6232");
    private static final List<String> INCOME = List.of("7068", "744", "708");

    @Inject Fixtures fixtures;
    @Inject EntityManager em;

    @Test
    void shouldKeepEachHeadingsTotalEqualToItsPartsAfterAnySequenceOfWrites() {
        String department = fixtures.newDepartment();
        List<Fixtures.Coop> coops = List.of(fixtures.newActiveCooperative(department), fixtures.newActiveCooperative(department));
        List<String> tokens = coops.stream().map(c -> fixtures.tokenOf(c.login())).toList();
        Random random = new Random(20261207L);
        List<long[]> written = new ArrayList<>(); // {coop index, entry id}
        for (int step = 0; step < 60; step++) {
            int k = random.nextInt(2);
            int action = written.isEmpty() ? 0 : random.nextInt(4);
            if (action <= 1) {
                long id = as(tokens.get(k)).contentType(ContentType.JSON).body(entry(random, null))
                        .post("/api/cooperatives/" + coops.get(k).id() + "/ledger-entries").then().statusCode(201).extract().jsonPath().getLong("id");
                written.add(new long[] {k, id});
            } else {
                long[] w = written.get(random.nextInt(written.size()));
                String token = tokens.get((int) w[0]);
                int version = as(token).get("/api/cooperatives/" + coops.get((int) w[0]).id() + "/ledger?year=2025-2026").then()
                        .extract().path("lines.find { it.entry.id == " + w[1] + " }.entry.version");
                if (action == 2) {
                    as(token).header("If-Match", "\"" + version + "\"").contentType(ContentType.JSON).body(entry(random, version))
                            .put("/api/ledger-entries/" + w[1]).then().statusCode(200);
                } else {
                    as(token).header("If-Match", "\"" + version + "\"").delete("/api/ledger-entries/" + w[1]).then().statusCode(204);
                    written.remove(w);
                }
            }
            if (step % 10 == 9) {
                assertThat(kept(coops)).as("after step " + step).isEqualTo(recomputed(coops));
            }
        }
        Map<String, BigDecimal> expected = recomputed(coops);
        assertThat(kept(coops)).isEqualTo(expected);
        // the department's books are the cooperatives' totals summed
        Map<String, BigDecimal> perHeading = new TreeMap<>();
        expected.forEach((key, amount) -> perHeading.merge(key.substring(key.lastIndexOf('/') + 1), amount, BigDecimal::add));
        List<Map<String, Object>> headings = as(fixtures.tokenOf(fixtures.newStaff(department))).get("/api/departments/" + department + "/books/2025-2026")
                .then().statusCode(200).extract().jsonPath().getList("headings");
        Map<String, BigDecimal> read = new TreeMap<>();
        headings.forEach(h -> read.put((String) h.get("code"), new BigDecimal(String.valueOf(h.get("total"))).setScale(2)));
        assertThat(read).isEqualTo(perHeading);
    }

    /** An income or a charge on one heading, or split over two (two thirds, the rest). */
    private static Map<String, Object> entry(Random random, Integer version) {
        boolean income = random.nextBoolean();
        List<String> headings = income ? INCOME : CHARGES;
        BigDecimal amount = BigDecimal.valueOf(100 + random.nextInt(50_000), 2);
        Map<String, Object> body = new HashMap<>(Map.of("date", "2025-10-" + (10 + random.nextInt(18)), "label", "Opération", "amount", amount,
                "kind", income ? "INCOME" : "CHARGE", "means", "TRANSFER"));
        if (random.nextInt(3) == 0) {
            BigDecimal first = amount.multiply(BigDecimal.valueOf(2)).divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.DOWN);
            body.put("parts", List.of(Map.of("heading", headings.get(0), "amount", first),
                    Map.of("heading", headings.get(1 + random.nextInt(2)), "amount", amount.subtract(first))));
        } else {
            body.put("parts", List.of(Map.of("heading", headings.get(random.nextInt(3)))));
        }
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    /** "coop/year/heading" → amount, as kept by the writes (rows with no entries left are gone). */
    private Map<String, BigDecimal> kept(List<Fixtures.Coop> coops) {
        return sums("select t.cooperative_id, t.school_year, t.heading_code, t.amount from ledger_heading_total t where t.cooperative_id in ?1", coops);
    }

    private Map<String, BigDecimal> recomputed(List<Fixtures.Coop> coops) {
        return sums("select e.cooperative_id, e.school_year, p.heading_code, sum(p.amount) from ledger_entry_part p join ledger_entry e on e.id = p.entry_id"
                + " where e.cooperative_id in ?1 group by e.cooperative_id, e.school_year, p.heading_code", coops);
    }

    @SuppressWarnings("unchecked")
    private Map<String, BigDecimal> sums(String sql, List<Fixtures.Coop> coops) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, BigDecimal> out = new TreeMap<>();
            ((List<Object[]>) em.createNativeQuery(sql).setParameter(1, coops.stream().map(Fixtures.Coop::id).toList()).getResultList())
                    .forEach(r -> out.put(r[0] + "/" + r[1] + "/" + r[2], new BigDecimal(r[3].toString()).setScale(2)));
            return out;
        });
    }
}
