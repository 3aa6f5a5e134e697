package org.coopenligne.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.Test;

/** Two phones of one cooperative writing at the same moment: every entry is kept, each with its own voucher number. */
@QuarkusTest
class LedgerConcurrentWritesTest {

    @Inject Fixtures fixtures;

    @Test
    void shouldNumberConcurrentEntriesOnceEach() throws Exception {
        Fixtures.Coop coop = fixtures.newActiveCooperative(fixtures.newDepartment());
        String token = fixtures.tokenOf(coop.login());
        int writes = 12;
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < writes; i++) {
                int n = i;
                answers.add(pool.submit((Callable<Integer>) () -> as(token).contentType(ContentType.JSON)
                        .body(Map.of("date", "2025-10-02", "label", "Vente " + n, "amount", 5, "kind", "INCOME", "means", "CASH",
                                "parts", List.of(Map.of("heading", "7068"))))
                        .post("/api/cooperatives/" + coop.id() + "/ledger-entries").then().statusCode(201).extract().path("voucherNumber")));
            }
            List<Integer> vouchers = new ArrayList<>();
            for (Future<Integer> f : answers) {
                vouchers.add(f.get());
            }
            assertThat(vouchers).doesNotHaveDuplicates().hasSize(writes).allSatisfy(v -> assertThat(v).isBetween(1, writes));
        } finally {
            pool.shutdownNow();
        }
        List<Integer> stored = as(token).get("/api/cooperatives/" + coop.id() + "/ledger?year=2025-2026").then().statusCode(200)
                .extract().path("lines.entry.voucherNumber");
        assertThat(stored).hasSize(writes).doesNotHaveDuplicates();

        // an edit that sends no number keeps the entry's own; one that takes another's is refused, naming the field
        int id = as(token).get("/api/cooperatives/" + coop.id() + "/ledger?year=2025-2026").then().extract().path("lines[0].entry.id");
        int own = as(token).get("/api/cooperatives/" + coop.id() + "/ledger?year=2025-2026").then().extract().path("lines[0].entry.voucherNumber");
        as(token).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("date", "2025-10-03", "label", "Vente corrigée", "amount", 6, "kind", "INCOME", "means", "CASH",
                        "parts", List.of(Map.of("heading", "7068"))))
                .put("/api/ledger-entries/" + id).then().statusCode(200).body("voucherNumber", org.hamcrest.Matchers.equalTo(own));
        int other = own == 1 ? 2 : 1;
        as(token).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("date", "2025-10-03", "label", "Vente corrigée", "amount", 6, "kind", "INCOME", "means", "CASH", "voucherNumber", other,
                        "parts", List.of(Map.of("heading", "7068"))))
                .put("/api/ledger-entries/" + id).then().statusCode(400).body("violations[0].field", org.hamcrest.Matchers.equalTo("voucherNumber"));
    }
}
