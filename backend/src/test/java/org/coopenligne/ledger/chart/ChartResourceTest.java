package org.coopenligne.ledger.chart;

import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.Test;

/** The chart kept on screen: the admin's national default, a department's sub-headings and labels for a year; past entries untouched. */
@QuarkusTest
class ChartResourceTest {

    @Inject Fixtures fixtures;

    @Test
    void shouldLetAdepartmentDetailAndRelabelItsChartForAyear() {
        String department = fixtures.newDepartment();
        String staff = fixtures.tokenOf(fixtures.newStaff(department));
        Fixtures.Coop coop = fixtures.newActiveCooperative(department);
        String mandataire = fixtures.tokenOf(coop.login());
        String chart = "/api/departments/" + department + "/ledger-chart/2025-2026";

        // a sub-heading detailing 6068 for 2025-2026
        as(staff).contentType(ContentType.JSON).body(Map.of("label", "Fournitures de la classe de mer")).put(chart + "/headings/60681")
                .then().statusCode(200).body("headings.find { it.code == '60681' }.origin", equalTo("DEPARTMENT"))
                .body("headings.find { it.code == '60681' }.parentCode", equalTo("6068"))
                .body("headings.find { it.code == '60681' }.kind", equalTo("CHARGE"));
        // the cooperatives of the department write with it in that year only
        as(mandataire).get("/api/cooperatives/" + coop.id() + "/ledger/headings?year=2025-2026").then().body("code", hasItem("60681"));
        as(mandataire).get("/api/cooperatives/" + coop.id() + "/ledger/headings?year=2024-2025").then().body("code", not(hasItem("60681")));
        entry(mandataire, coop, "2025-10-02", "60681").statusCode(201);
        entry(mandataire, coop, "2024-10-02", "60681").statusCode(400);
        // while entries use it, it stays (the chart never changes a past entry)
        int version = as(staff).get(chart).then().extract().path("headings.find { it.code == '60681' }.version");
        as(staff).header("If-Match", "\"" + version + "\"").delete(chart + "/headings/60681").then().statusCode(409)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("utilisée par 1 opération"));

        // a national heading relabelled for the year: the national label is kept beside it, an edit needs the version
        as(staff).contentType(ContentType.JSON).body(Map.of("label", "Participation des familles")).put(chart + "/headings/7068")
                .then().statusCode(200).body("headings.find { it.code == '7068' }.label", equalTo("Participation des familles"))
                .body("headings.find { it.code == '7068' }.nationalLabel", equalTo("Participation des familles aux sorties et activités"));
        as(staff).contentType(ContentType.JSON).body(Map.of("label", "Autre libellé")).put(chart + "/headings/7068").then().statusCode(409);
        as(staff).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("label", "Participations")).put(chart + "/headings/7068")
                .then().statusCode(200).body("headings.find { it.code == '7068' }.label", equalTo("Participations"));
        as(staff).header("If-Match", "\"1\"").delete(chart + "/headings/7068").then().statusCode(200)
                .body("headings.find { it.code == '7068' }.origin", equalTo("NATIONAL"))
                .body("headings.find { it.code == '7068' }.nationalLabel", nullValue());

        // bad codes, the bank account, another department, a mandataire: refused, nothing written
        as(staff).contentType(ContentType.JSON).body(Map.of("label", "X")).put(chart + "/headings/ABC").then().statusCode(400)
                .body("violations[0].field", equalTo("code"));
        as(staff).contentType(ContentType.JSON).body(Map.of("label", "X")).put(chart + "/headings/99999").then().statusCode(400)
                .body("violations[0].field", equalTo("code"));
        as(staff).contentType(ContentType.JSON).body(Map.of("label", "Compte courant")).put(chart + "/headings/512").then().statusCode(400);
        as(staff).contentType(ContentType.JSON).body(Map.of("label", "")).put(chart + "/headings/60682").then().statusCode(400)
                .body("violations[0].field", equalTo("label"));
        as(fixtures.tokenOf(fixtures.newStaff(fixtures.newDepartment()))).contentType(ContentType.JSON).body(Map.of("label", "X"))
                .put(chart + "/headings/60683").then().statusCode(403);
        as(mandataire).get(chart).then().statusCode(403);
        as(staff).get(chart).then().body("headings.code", not(hasItem("60682"))).body("headings.code", not(hasItem("60683")));
    }

    @Test
    void shouldLetTheAdminKeepTheNationalDefault() {
        String admin = fixtures.adminToken();
        String code = freeNationalCode(admin, "60");
        as(admin).contentType(ContentType.JSON).body(Map.of("label", "Petit matériel de classe")).put("/api/ledger-chart/headings/" + code)
                .then().statusCode(200).body("headings.find { it.code == '" + code + "' }.kind", equalTo("CHARGE"));
        as(admin).contentType(ContentType.JSON).body(Map.of("label", "Comptes")).put("/api/ledger-chart/headings/8001").then().statusCode(400)
                .body("violations[0].field", equalTo("code"));
        String department = fixtures.newDepartment();
        String staff = fixtures.tokenOf(fixtures.newStaff(department));
        as(staff).contentType(ContentType.JSON).body(Map.of("label", "X")).put("/api/ledger-chart/headings/6099").then().statusCode(403);
        // every department's chart has it, and its cooperatives write with it
        as(staff).get("/api/departments/" + department + "/ledger-chart/2025-2026").then().body("headings.code", hasItem(code));
        Fixtures.Coop coop = fixtures.newActiveCooperative(department);
        entry(fixtures.tokenOf(coop.login()), coop, "2025-10-02", code).statusCode(201);
        // relabelled with its version; a heading in use, the OCCE's fees and the bank are never removed; an unused one is
        as(admin).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("label", "Petit matériel"))
                .put("/api/ledger-chart/headings/" + code).then().statusCode(200);
        as(admin).header("If-Match", "\"1\"").delete("/api/ledger-chart/headings/" + code).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("utilisée par 1 opération"));
        as(admin).header("If-Match", "\"0\"").delete("/api/ledger-chart/headings/6586").then().statusCode(409);
        as(admin).header("If-Match", "\"0\"").delete("/api/ledger-chart/headings/512").then().statusCode(409);
        String unused = freeNationalCode(admin, "70");
        as(admin).contentType(ContentType.JSON).body(Map.of("label", "Dons reçus d'une association")).put("/api/ledger-chart/headings/" + unused)
                .then().statusCode(200).body("headings.find { it.code == '" + unused + "' }.kind", equalTo("INCOME"));
        as(admin).header("If-Match", "\"0\"").delete("/api/ledger-chart/headings/" + unused).then().statusCode(200)
                .body("headings.code", not(hasItem(unused))).body("headings.code", hasItem("6586"));
    }

    @Test
    void shouldWriteEachEntryWithTheChartAsItIsAtThatMoment() {
        // the writes keep the chart they read while its rows do not change: each change must be seen at the next write
        String department = fixtures.newDepartment();
        String staff = fixtures.tokenOf(fixtures.newStaff(department));
        Fixtures.Coop coop = fixtures.newActiveCooperative(department);
        String mandataire = fixtures.tokenOf(coop.login());
        String chart = "/api/departments/" + department + "/ledger-chart/2025-2026";
        entry(mandataire, coop, "2025-10-02", "6068").statusCode(201).body("parts[0].label", equalTo("Fournitures pédagogiques"));
        entry(mandataire, coop, "2025-10-02", "60684").statusCode(400).body("violations[0].field", equalTo("parts[0].heading"));

        as(staff).contentType(ContentType.JSON).body(Map.of("label", "Crayons")).put(chart + "/headings/60684").then().statusCode(200);
        entry(mandataire, coop, "2025-10-03", "60684").statusCode(201).body("parts[0].label", equalTo("Crayons"));
        as(staff).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("label", "Crayons et feutres"))
                .put(chart + "/headings/60684").then().statusCode(200);
        entry(mandataire, coop, "2025-10-04", "60684").statusCode(201).body("parts[0].label", equalTo("Crayons et feutres"));
        as(staff).contentType(ContentType.JSON).body(Map.of("label", "Fournitures")).put(chart + "/headings/6068").then().statusCode(200);
        entry(mandataire, coop, "2025-10-05", "6068").statusCode(201).body("parts[0].label", equalTo("Fournitures"));

        // a sub-heading no entry uses, removed: refused at the next write
        as(staff).contentType(ContentType.JSON).body(Map.of("label", "Gommes")).put(chart + "/headings/60685").then().statusCode(200);
        entry(mandataire, coop, "2025-10-06", "6068").statusCode(201);
        as(staff).header("If-Match", "\"0\"").delete(chart + "/headings/60685").then().statusCode(200);
        entry(mandataire, coop, "2025-10-07", "60685").statusCode(400).body("violations[0].field", equalTo("parts[0].heading"));
    }

    private static io.restassured.response.ValidatableResponse entry(String token, Fixtures.Coop coop, String date, String heading) {
        return as(token).contentType(ContentType.JSON).body(Map.of("date", date, "label", "Cahiers", "amount", 12, "kind", "CHARGE", "means", "CARD",
                "parts", List.of(Map.of("heading", heading)))).post("/api/cooperatives/" + coop.id() + "/ledger-entries").then();
    }

    /** A sub-heading code under {@code prefix} that the national chart has not got yet (other tests add national ones too). */
    private static String freeNationalCode(String admin, String prefix) {
        List<String> taken = as(admin).get("/api/ledger-chart").then().statusCode(200).extract().path("headings.code");
        for (int i = 0; i < 1000; i++) {
            String code = prefix + (10 + (int) (Math.random() * 80)) + "9";
            if (!taken.contains(code)) {
                return code;
            }
        }
        throw new IllegalStateException("no free national code under " + prefix);
    }
}
