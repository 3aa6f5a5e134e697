package org.coopenligne.ledger.classes;

import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coopenligne.support.Api;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.Test;

/** "Cahier de compta. classe": entries allocated to the year's class lines; each class's balance; they add up to the year. */
@QuarkusTest
class ClassLedgerResourceTest {

    @Inject Fixtures fixtures;

    @Test
    void shouldGiveEachClassItsLedgerAndAddUpToTheYear() {
        String department = fixtures.newDepartment();
        Fixtures.Coop coop = fixtures.newActiveCooperative(department);
        String mandataire = fixtures.tokenOf(coop.login());
        String classes = "/api/cooperatives/" + coop.id() + "/ledger/classes";
        as(mandataire).get(classes).then().statusCode(200).body("hasClassLines", equalTo(false)).body("classes.size()", equalTo(0));

        int[] a = Api.open(mandataire, coop.id());
        long cm = lineId(Api.addLine(mandataire, a[0], a[1], Api.line("CM1-CM2", "JEAN DUPONT", null, 1, 24)).statusCode(201));
        long ce = lineId(Api.addLine(mandataire, a[0], a[1] + 1, Api.line("CE2", "JEANNE LECLAIR", null, 1, 18)).statusCode(201));

        int photo = entry(mandataire, coop, "2025-10-02", "INCOME", "120.50", "7068", cm).statusCode(201).body("classLineId", equalTo((int) cm))
                .extract().path("id");
        int paint = entry(mandataire, coop, "2025-10-05", "CHARGE", "45.20", "6068", cm).statusCode(201).extract().path("id");
        entry(mandataire, coop, "2025-10-03", "CHARGE", "30.00", "6068", ce).statusCode(201);
        entry(mandataire, coop, "2025-10-04", "INCOME", "500.00", "7541", null).statusCode(201).body("classLineId", nullValue());
        // a class line that is not on this cooperative's adhesion is refused, naming the field, and nothing is written
        Fixtures.Coop other = fixtures.newActiveCooperative(department);
        String otherToken = fixtures.tokenOf(other.login());
        int[] b = Api.open(otherToken, other.id());
        long foreign = lineId(Api.addLine(otherToken, b[0], b[1], Api.line("CP", "X", null, 1, 10)).statusCode(201));
        entry(mandataire, coop, "2025-10-06", "CHARGE", "1.00", "6068", foreign).statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("classLineId"));

        as(fixtures.tokenOf(fixtures.newStaff(department))).get(classes + "?year=2025-2026").then().statusCode(200)
                .body("hasClassLines", equalTo(true))
                .body("classes.className", contains("CM1-CM2", "CE2"))
                .body("classes[0].income", equalTo(120.5f)).body("classes[0].charges", equalTo(45.2f)).body("classes[0].balance", equalTo(75.3f))
                .body("classes[0].entries", equalTo(2)).body("classes[1].balance", equalTo(-30.0f))
                .body("withoutClass.balance", equalTo(500.0f)).body("withoutClass.classLineId", nullValue())
                .body("income", equalTo(620.5f)).body("charges", equalTo(75.2f)).body("balance", equalTo(545.3f));

        // one class's ledger: its entries in date order, its balance after each
        as(mandataire).get(classes + "/" + cm + "?year=2025-2026").then().statusCode(200)
                .body("summary.className", equalTo("CM1-CM2")).body("summary.balance", equalTo(75.3f))
                .body("lines.entry.id", contains(photo, paint))
                .body("lines.balance", contains(120.5f, 75.3f));
        // another cooperative's class, another cooperative's mandataire, another department's staff: refused
        as(mandataire).get(classes + "/" + foreign).then().statusCode(404).contentType("application/problem+json");
        as(otherToken).get(classes).then().statusCode(403);
        as(fixtures.tokenOf(fixtures.newStaff(fixtures.newDepartment()))).get(classes).then().statusCode(403);

        // the class line removed from the adhesion: its entries stay in the ledger, with no class
        int version = as(mandataire).get("/api/adhesions/" + a[0]).then().extract().path("version");
        as(mandataire).header("If-Match", "\"" + version + "\"").delete("/api/adhesions/" + a[0] + "/lines/" + ce).then().statusCode(200);
        as(mandataire).get(classes).then().body("classes.className", contains("CM1-CM2")).body("withoutClass.balance", equalTo(470.0f))
                .body("balance", equalTo(545.3f));
    }

    private static long lineId(ValidatableResponse created) {
        String location = created.extract().header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static ValidatableResponse entry(String token, Fixtures.Coop coop, String date, String kind, String amount, String heading, Long classLine) {
        Map<String, Object> body = new HashMap<>(Map.of("date", date, "label", "Opération " + heading, "amount", new java.math.BigDecimal(amount),
                "kind", kind, "means", "TRANSFER", "parts", List.of(Map.of("heading", heading))));
        body.put("classLineId", classLine);
        return as(token).contentType(ContentType.JSON).body(body).post("/api/cooperatives/" + coop.id() + "/ledger-entries").then();
    }
}
