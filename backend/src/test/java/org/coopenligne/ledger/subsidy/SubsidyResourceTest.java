package org.coopenligne.ledger.subsidy;

import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coopenligne.support.CooperativeBooksTest;
import org.junit.jupiter.api.Test;

/** "Les subventions": granted, received through the ledger's income entries, still expected; kept to the cooperative. */
@QuarkusTest
class SubsidyResourceTest extends CooperativeBooksTest {

    private long entry(String kind, String amount, String heading) {
        return ((Number) as(mandataire).contentType(ContentType.JSON).body(Map.of("date", "2025-11-20", "label", "Versement " + heading, "amount",
                new BigDecimal(amount), "kind", kind, "means", "TRANSFER", "parts", List.of(Map.of("heading", heading))))
                .post("/api/cooperatives/" + coop.id() + "/ledger-entries").then().statusCode(201).extract().path("id")).longValue();
    }

    private static Map<String, Object> subsidy(String amount, List<Long> entries) {
        Map<String, Object> body = new HashMap<>(Map.of("funderType", "COMMUNE", "funderName", "Mairie de Vienne", "purpose", "Classe découverte",
                "amountGranted", new BigDecimal(amount), "decidedOn", "2025-10-02"));
        body.put("entryIds", entries);
        return body;
    }

    private ValidatableResponse post(String token, Object body) {
        return as(token).contentType(ContentType.JSON).body(body).post("/api/cooperatives/" + coop.id() + "/subsidies").then();
    }

    @Test
    void shouldSayWhatWasReceivedAndWhatIsStillExpected() {
        long first = entry("INCOME", "300.00", "744");
        long second = entry("INCOME", "150.00", "744");
        long charge = entry("CHARGE", "20.00", "6068");
        int id = post(mandataire, subsidy("600.00", List.of(first))).statusCode(201)
                .body("schoolYear", equalTo("2025-2026")).body("received", equalTo(300.0f)).body("expected", equalTo(300.0f))
                .body("receipts.entryId", contains((int) first)).extract().path("id");
        // a charge does not receive a subsidy; an entry receives one subsidy only
        post(mandataire, subsidy("100.00", List.of(charge))).statusCode(400).body("violations[0].field", equalTo("entryIds[0]"));
        post(mandataire, subsidy("100.00", List.of(second, first))).statusCode(400).body("violations[0].field", equalTo("entryIds[1]"));
        post(mandataire, Map.of("funderType", "COMMUNE", "funderName", "", "purpose", "x", "amountGranted", -1, "decidedOn", "2025-10-02"))
                .statusCode(400).contentType("application/problem+json");

        // the second payment arrives: nothing more expected
        as(mandataire).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(subsidy("450.00", List.of(first, second)))
                .put("/api/subsidies/" + id).then().statusCode(200).body("received", equalTo(450.0f)).body("expected", equalTo(0.0f));
        as(mandataire).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(subsidy("450.00", List.of(first)))
                .put("/api/subsidies/" + id).then().statusCode(409);
        post(mandataire, Map.of("funderType", "STATE", "funderName", "DSDEN", "purpose", "Projet lecture", "amountGranted", 200, "decidedOn", "2026-03-01"))
                .statusCode(201).body("expected", equalTo(200.0f));

        String staff = fixtures.tokenOf(fixtures.newStaff(department));
        as(staff).get("/api/cooperatives/" + coop.id() + "/subsidies?year=2025-2026").then().statusCode(200)
                .body("subsidies", hasSize(2)).body("granted", equalTo(650.0f)).body("received", equalTo(450.0f)).body("expected", equalTo(200.0f));
        post(staff, subsidy("1.00", List.of())).statusCode(403);
        String other = fixtures.tokenOf(fixtures.newActiveCooperative(department).login());
        as(other).get("/api/cooperatives/" + coop.id() + "/subsidies").then().statusCode(403);
        as(other).header("If-Match", "\"1\"").delete("/api/subsidies/" + id).then().statusCode(403);

        // deleted: its entries stay in the ledger
        as(mandataire).header("If-Match", "\"1\"").delete("/api/subsidies/" + id).then().statusCode(204);
        as(mandataire).get("/api/cooperatives/" + coop.id() + "/subsidies?year=2025-2026").then().body("subsidies", hasSize(1));
        as(mandataire).get("/api/cooperatives/" + coop.id() + "/ledger?year=2025-2026").then().body("lines", hasSize(3));
    }
}
