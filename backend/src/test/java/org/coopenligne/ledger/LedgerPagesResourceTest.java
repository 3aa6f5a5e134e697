package org.coopenligne.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.Test;

/** A page of the ledger is the same slice of the same year: its lines, the balances after each, and the year's figures. */
@QuarkusTest
class LedgerPagesResourceTest {

    @Inject Fixtures fixtures;

    @Test
    void shouldGiveApageTheWholeYearsBalancesAndTotals() {
        Fixtures.Coop coop = fixtures.newActiveCooperative(fixtures.newDepartment());
        String token = fixtures.tokenOf(coop.login());
        String base = "/api/cooperatives/" + coop.id();
        as(token).contentType(ContentType.JSON).body(Map.of("bank", new BigDecimal("300.00"), "cash", new BigDecimal("15.50")))
                .put(base + "/ledger/openings/2025-2026").then().statusCode(200);
        for (int i = 1; i <= 23; i++) {
            Map<String, Object> body = switch (i % 4) {
                // cash paid into the bank, and (every other time) cash drawn from it
                case 0 -> Map.of("date", day(i), "label", "Dépôt " + i, "amount", 20, "kind", "TRANSFER", "means", "CASH",
                        "treasury", i % 8 == 0 ? "BANK" : "CASH");
                case 1 -> Map.of("date", day(i), "label", "Librairie " + i, "amount", new BigDecimal("30.40"), "kind", "CHARGE", "means", "CARD",
                        "parts", List.of(Map.of("heading", "6181", "amount", 20), Map.of("heading", "6068", "amount", new BigDecimal("10.40"))));
                case 2 -> Map.of("date", day(i), "label", "Vente " + i, "amount", new BigDecimal("12.25"), "kind", "INCOME", "means", "CASH",
                        "parts", List.of(Map.of("heading", "7068")));
                default -> Map.of("date", day(i), "label", "Don " + i, "amount", 50, "kind", "INCOME", "means", "TRANSFER",
                        "parts", List.of(Map.of("heading", "7541")));
            };
            as(token).contentType(ContentType.JSON).body(body).post(base + "/ledger-entries").then().statusCode(201);
        }
        JsonPath year = as(token).get(base + "/ledger?year=2025-2026").then().statusCode(200).extract().jsonPath();
        JsonPath page = as(token).get(base + "/ledger?year=2025-2026&page=1&size=10").then().statusCode(200).extract().jsonPath();
        assertThat(page.getInt("totalLines")).isEqualTo(23).isEqualTo(year.getInt("totalLines"));
        assertThat(page.getList("lines")).hasSize(10);
        assertThat(page.getList("lines.entry.id")).isEqualTo(year.getList("lines.entry.id").subList(10, 20));
        assertThat(page.getList("lines.bankBalance")).isEqualTo(year.getList("lines.bankBalance").subList(10, 20));
        assertThat(page.getList("lines.cashBalance")).isEqualTo(year.getList("lines.cashBalance").subList(10, 20));
        assertThat(page.getList("lines.entry.parts")).isEqualTo(year.getList("lines.entry.parts").subList(10, 20));
        for (String figure : List.of("totals", "income", "charges", "closing", "opening")) {
            assertThat((Object) page.get(figure)).as(figure).isEqualTo(year.get(figure));
        }
        // the last page holds the rest; past it, no line but the same figures
        assertThat(as(token).get(base + "/ledger?year=2025-2026&page=2&size=10").then().extract().jsonPath().getList("lines")).hasSize(3);
        assertThat(as(token).get(base + "/ledger?year=2025-2026&page=9&size=10").then().statusCode(200).extract().jsonPath()
                .getList("lines")).isEmpty();
        as(token).get(base + "/ledger?year=2025-2026&page=-1").then().statusCode(400).contentType("application/problem+json");
        as(token).get(base + "/ledger?year=2025-2026&page=0&size=501").then().statusCode(400);
    }

    private static String day(int i) {
        return "2025-10-%02d".formatted(1 + (i * 5) % 28);
    }
}
