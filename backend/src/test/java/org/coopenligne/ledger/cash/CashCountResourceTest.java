package org.coopenligne.ledger.cash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.coopenligne.common.audit.AuditRecord;
import org.coopenligne.support.CooperativeBooksTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "L'arrêté de caisse" of 2025-2026 (the test clock says 15 September 2025): counted, compared, corrected, kept to its cooperative. */
@QuarkusTest
class CashCountResourceTest extends CooperativeBooksTest {

    @BeforeEach
    void setUp() {
        // 50,00 € in the box at the opening; 12,30 € of cash income on 10 September
        as(mandataire).contentType(ContentType.JSON).body(Map.of("bank", new BigDecimal("100.00"), "cash", new BigDecimal("50.00")))
                .put("/api/cooperatives/" + coop.id() + "/ledger/openings/2025-2026").then().statusCode(200);
        as(mandataire).contentType(ContentType.JSON).body(Map.of("date", "2025-09-10", "label", "Vente de gâteaux", "amount", new BigDecimal("12.30"),
                        "kind", "INCOME", "means", "CASH", "parts", List.of(Map.of("heading", "708"))))
                .post("/api/cooperatives/" + coop.id() + "/ledger-entries").then().statusCode(201);
    }

    private static Map<String, Object> quantity(String value, int n) {
        return Map.of("value", new BigDecimal(value), "quantity", n);
    }

    private io.restassured.response.ValidatableResponse post(String token, Object body) {
        return as(token).contentType(ContentType.JSON).body(body).post("/api/cooperatives/" + coop.id() + "/cash-counts").then();
    }

    @Test
    void shouldSayBravoWhenTheCountMatchesTheBooksAndTheDifferenceOtherwise() {
        // 2 × 20 € + 1 × 20 € ... 62,30 € = 3 × 20 + 1 × 2 + 1 × 0,20 + 1 × 0,10
        post(mandataire, Map.of("countedOn", "2025-09-12", "quantities",
                List.of(quantity("20.00", 3), quantity("2", 1), quantity("0.20", 1), quantity("0.10", 1))))
                .statusCode(201)
                .body("total", equalTo(62.30f)).body("bookBalance", equalTo(62.30f)).body("difference", equalTo(0.0f))
                .body("quantities", hasSize(15)).body("quantities[0].value", equalTo(500.0f)).body("quantities[4].quantity", equalTo(3))
                .body("quantities[4].amount", equalTo(60.0f)).body("quantities[4].note", equalTo(true))
                .body("quantities[14].value", equalTo(0.01f)).body("quantities[14].note", equalTo(false))
                .body("countedBy", equalTo(coop.login())).body("schoolYear", equalTo("2025-2026"));
        // the day before the sale, the books held 50,00 €: a count of 55,00 € is 5,00 € over
        post(mandataire, Map.of("countedOn", "2025-09-09", "quantities", List.of(quantity("50", 1), quantity("5", 1))))
                .statusCode(201).body("total", equalTo(55.0f)).body("bookBalance", equalTo(50.0f)).body("difference", equalTo(5.0f));

        as(mandataire).get("/api/cooperatives/" + coop.id() + "/cash-counts?year=2025-2026").then().statusCode(200)
                .body("counts.countedOn", contains("2025-09-12", "2025-09-09"))
                .body("values", hasSize(15)).body("currentBookBalance", equalTo(62.30f)).body("balanceDate", equalTo("2025-09-15"));
        // a past year is compared with its books on its last day
        as(mandataire).get("/api/cooperatives/" + coop.id() + "/cash-counts?year=2024-2025").then().statusCode(200)
                .body("counts", hasSize(0)).body("balanceDate", equalTo("2025-08-31")).body("currentBookBalance", equalTo(0.0f));
        // staff of the department read them
        as(staff).get("/api/cooperatives/" + coop.id() + "/cash-counts").then().statusCode(200).body("counts", hasSize(2));
    }

    @Test
    void shouldCorrectACountWithItsVersionAndAuditEveryChange() {
        int id = post(mandataire, Map.of("countedOn", "2025-09-12", "quantities", List.of(quantity("20", 3))))
                .statusCode(201).extract().path("id");
        as(mandataire).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("countedOn", "2025-09-12", "quantities", List.of(quantity("20", 3), quantity("2", 1), quantity("0.10", 3))))
                .put("/api/cash-counts/" + id).then().statusCode(200).body("total", equalTo(62.30f)).body("difference", equalTo(0.0f))
                .body("version", equalTo(1));
        // a second correction from the same stale read is refused
        as(mandataire).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("countedOn", "2025-09-12", "quantities", List.of(quantity("20", 4))))
                .put("/api/cash-counts/" + id).then().statusCode(409);
        as(mandataire).header("If-Match", "\"0\"").delete("/api/cash-counts/" + id).then().statusCode(409);
        as(mandataire).header("If-Match", "\"1\"").delete("/api/cash-counts/" + id).then().statusCode(204);
        as(mandataire).get("/api/cooperatives/" + coop.id() + "/cash-counts").then().body("counts", hasSize(0));

        List<String> actions = QuarkusTransaction.requiringNew().call(() -> AuditRecord.<AuditRecord>find(
                "entityType = 'CashCount' and entityId = ?1 order by id", String.valueOf(id)).stream().map(r -> r.action).toList());
        assertThat(actions).containsExactly("CASH_COUNT_CREATED", "CASH_COUNT_UPDATED", "CASH_COUNT_DELETED");
    }

    @Test
    void shouldRefuseBadCountsInFrenchAndKeepNothing() {
        post(mandataire, Map.of("countedOn", "2025-09-12", "quantities", List.of(quantity("3.00", 1))))
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("quantities[0].value"))
                .body("violations[0].message", containsString("n'est ni un billet ni une pièce"));
        post(mandataire, Map.of("countedOn", "2025-09-12", "quantities", List.of(quantity("20", 1), quantity("20.00", 2))))
                .statusCode(400).body("violations[0].field", equalTo("quantities[1].value"))
                .body("violations[0].message", containsString("comptés deux fois"));
        post(mandataire, Map.of("countedOn", "2025-09-12", "quantities", List.of(quantity("20", -1))))
                .statusCode(400).body("violations[0].message", equalTo("Le nombre ne peut pas être négatif."));
        post(mandataire, Map.of("countedOn", "2025-09-16", "quantities", List.of(quantity("20", 1))))
                .statusCode(400).body("violations[0].field", equalTo("countedOn"))
                .body("violations[0].message", containsString("ne peut pas être après aujourd'hui (15/09/2025)"));
        post(mandataire, Map.of("quantities", List.of(quantity("20", 1))))
                .statusCode(400).body("violations[0].message", equalTo("Indiquez la date de l'arrêté de caisse."));
        // one a day
        post(mandataire, Map.of("countedOn", "2025-09-12", "quantities", List.of(quantity("20", 1)))).statusCode(201);
        post(mandataire, Map.of("countedOn", "2025-09-12", "quantities", List.of(quantity("20", 2))))
                .statusCode(400).body("violations[0].message", containsString("existe déjà"));
        as(mandataire).get("/api/cooperatives/" + coop.id() + "/cash-counts").then().body("counts", hasSize(1)).body("counts[0].total", equalTo(20.0f));
    }

    @Test
    void shouldKeepTheCountsToTheCooperativeAndLetStaffOnlyRead() {
        String other = fixtures.tokenOf(fixtures.newActiveCooperative(fixtures.newDepartment()).login());
        Map<String, Object> body = Map.of("countedOn", "2025-09-12", "quantities", List.of(quantity("20", 1)));
        post(other, body).statusCode(403);
        as(other).get("/api/cooperatives/" + coop.id() + "/cash-counts").then().statusCode(403);
        post(staff, body).statusCode(403);
        as(fixtures.staffToken("046")).get("/api/cooperatives/" + coop.id() + "/cash-counts").then().statusCode(403);
        int id = post(mandataire, body).statusCode(201).extract().path("id");
        as(other).header("If-Match", "\"0\"").delete("/api/cash-counts/" + id).then().statusCode(403);
        as(staff).header("If-Match", "\"0\"").delete("/api/cash-counts/" + id).then().statusCode(403);
        as(mandataire).get("/api/cooperatives/" + coop.id() + "/cash-counts").then().body("counts", hasSize(1));
    }
}
