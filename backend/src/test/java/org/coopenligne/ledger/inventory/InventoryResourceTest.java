package org.coopenligne.ledger.inventory;

import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.Test;

/** « Cahier d'inventaire » (the test clock says 15 September 2025): what is held makes the value offered to the adhesion. */
@QuarkusTest
class InventoryResourceTest {

    @Inject Fixtures fixtures;

    private static Map<String, Object> item(String day, String label, String value, Long entry, String disposed) {
        Map<String, Object> body = new HashMap<>(Map.of("acquiredOn", day, "label", label, "value", new BigDecimal(value)));
        body.put("entryId", entry);
        body.put("disposedOn", disposed);
        return body;
    }

    @Test
    void shouldKeepWhatTheCooperativeOwnsAndTheValueItHolds() {
        String department = fixtures.newDepartment();
        Fixtures.Coop coop = fixtures.newActiveCooperative(department);
        String mandataire = fixtures.tokenOf(coop.login());
        long charge = ((Number) as(mandataire).contentType(ContentType.JSON).body(Map.of("date", "2025-09-10", "label", "Vidéoprojecteur", "amount", 450,
                "kind", "CHARGE", "means", "CARD", "parts", List.of(Map.of("heading", "6063"))))
                .post("/api/cooperatives/" + coop.id() + "/ledger-entries").then().statusCode(201).extract().path("id")).longValue();
        long income = ((Number) as(mandataire).contentType(ContentType.JSON).body(Map.of("date", "2025-09-10", "label", "Don", "amount", 50,
                "kind", "INCOME", "means", "CASH", "parts", List.of(Map.of("heading", "7541"))))
                .post("/api/cooperatives/" + coop.id() + "/ledger-entries").then().statusCode(201).extract().path("id")).longValue();
        String items = "/api/cooperatives/" + coop.id() + "/inventory";
        java.util.function.Function<Object, ValidatableResponse> post = body -> as(mandataire).contentType(ContentType.JSON).body(body).post(items).then();

        post.apply(item("2025-09-10", "Vidéoprojecteur", "450.00", charge, null)).statusCode(201).body("entryVoucherNumber", equalTo(1));
        int tablets = post.apply(item("2024-03-01", "Tablettes (×4)", "800.00", null, null)).statusCode(201).extract().path("id");
        post.apply(item("2025-09-10", "Don reçu", "50.00", income, null)).statusCode(400).body("violations[0].field", equalTo("entryId"));
        post.apply(item("2025-09-16", "Demain", "10.00", null, null)).statusCode(400).body("violations[0].field", equalTo("acquiredOn"));
        post.apply(item("2025-09-01", "Sorti avant d'entrer", "10.00", null, "2025-08-01")).statusCode(400).body("violations[0].field", equalTo("disposedOn"));

        as(mandataire).get(items).then().statusCode(200).body("items.label", contains("Vidéoprojecteur", "Tablettes (×4)")).body("heldValue", equalTo(1250.0f));
        // the tablets leave the inventory: they no longer count
        as(mandataire).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(item("2024-03-01", "Tablettes (×4)", "800.00", null, "2025-09-12"))
                .put("/api/inventory-items/" + tablets).then().statusCode(200).body("disposedOn", equalTo("2025-09-12"));
        as(mandataire).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(item("2024-03-01", "Tablettes", "800.00", null, null))
                .put("/api/inventory-items/" + tablets).then().statusCode(409);
        String staff = fixtures.tokenOf(fixtures.newStaff(department));
        as(staff).get(items).then().statusCode(200).body("items", hasSize(2)).body("heldValue", equalTo(450.0f));
        as(staff).contentType(ContentType.JSON).body(item("2025-09-10", "x", "1.00", null, null)).post(items).then().statusCode(403);
        as(fixtures.tokenOf(fixtures.newActiveCooperative(department).login())).get(items).then().statusCode(403);
        as(mandataire).header("If-Match", "\"1\"").delete("/api/inventory-items/" + tablets).then().statusCode(204);
        as(mandataire).get(items).then().body("items", hasSize(1));
    }
}
