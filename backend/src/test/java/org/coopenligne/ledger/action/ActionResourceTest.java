package org.coopenligne.ledger.action;

import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.Test;

/** "Actions péda.": each action's income, charges and result from its entries; with the entries of no action, the year. */
@QuarkusTest
class ActionResourceTest {

    @Inject Fixtures fixtures;

    @Test
    void shouldGiveEachActionItsResultAndAddUpToTheYear() {
        String department = fixtures.newDepartment();
        Fixtures.Coop coop = fixtures.newActiveCooperative(department);
        String mandataire = fixtures.tokenOf(coop.login());
        String actions = "/api/cooperatives/" + coop.id() + "/ledger/actions";
        int snow = as(mandataire).contentType(ContentType.JSON).body(Map.of("name", "Classe de neige", "schoolYear", "2025-2026")).post(actions)
                .then().statusCode(201).body("income", equalTo(0.0f)).extract().path("id");
        as(mandataire).contentType(ContentType.JSON).body(Map.of("name", "classe de neige ", "schoolYear", "2025-2026")).post(actions)
                .then().statusCode(400).body("violations[0].field", equalTo("name"));
        int other = as(mandataire).contentType(ContentType.JSON).body(Map.of("name", "Jardin", "schoolYear", "2024-2025")).post(actions)
                .then().statusCode(201).extract().path("id");

        entry(mandataire, coop, "INCOME", 400, "7068", (long) snow).statusCode(201).body("actionId", equalTo(snow));
        entry(mandataire, coop, "CHARGE", 650, "6251", (long) snow).statusCode(201);
        entry(mandataire, coop, "INCOME", 30, "7541", null).statusCode(201).body("actionId", nullValue());
        // an action of another year is refused, with the field
        entry(mandataire, coop, "CHARGE", 10, "6068", (long) other).statusCode(400).body("violations[0].field", equalTo("actionId"));

        as(fixtures.tokenOf(fixtures.newStaff(department))).get(actions + "?year=2025-2026").then().statusCode(200)
                .body("actions.name", contains("Classe de neige")).body("actions[0].income", equalTo(400.0f))
                .body("actions[0].charges", equalTo(650.0f)).body("actions[0].result", equalTo(-250.0f)).body("actions[0].entries", equalTo(2))
                .body("withoutAction.income", equalTo(30.0f)).body("income", equalTo(430.0f)).body("charges", equalTo(650.0f))
                .body("result", equalTo(-220.0f));

        as(mandataire).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("name", "Classe de neige à Autrans", "schoolYear", "2025-2026"))
                .put("/api/ledger-actions/" + snow).then().statusCode(200).body("name", equalTo("Classe de neige à Autrans")).body("result", equalTo(-250.0f));
        as(fixtures.tokenOf(fixtures.newActiveCooperative(department).login())).get(actions).then().statusCode(403);
        // deleted: its entries stay, with no action
        as(mandataire).header("If-Match", "\"1\"").delete("/api/ledger-actions/" + snow).then().statusCode(204);
        as(mandataire).get(actions + "?year=2025-2026").then().body("withoutAction.entries", equalTo(3)).body("income", equalTo(430.0f));
    }

    private static io.restassured.response.ValidatableResponse entry(String token, Fixtures.Coop coop, String kind, int amount, String heading, Long action) {
        Map<String, Object> body = new HashMap<>(Map.of("date", "2025-09-12", "label", "Opération " + heading, "amount", amount, "kind", kind,
                "means", "TRANSFER", "parts", List.of(Map.of("heading", heading))));
        body.put("actionId", action);
        return as(token).contentType(ContentType.JSON).body(body).post("/api/cooperatives/" + coop.id() + "/ledger-entries").then();
    }
}
