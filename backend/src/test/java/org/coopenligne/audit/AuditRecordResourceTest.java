package org.coopenligne.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditRecordResourceTest {

    @Inject Fixtures fixtures;

    private String department;
    private String staffLogin;
    private String staff;
    private Fixtures.Coop coop;

    @BeforeEach
    void setUp() {
        department = fixtures.newDepartment();
        staffLogin = fixtures.newStaff(department);
        staff = fixtures.tokenOf(staffLogin);
        coop = fixtures.newActiveCooperative(department);
        fixtures.newActiveCooperative(department);
        // a change by the staff: the school's phone
        as(staff).contentType(ContentType.JSON).body(Map.of("version", 0, "schoolPhone", "04 74 11 22 33"))
                .patch("/api/cooperatives/" + coop.id()).then().statusCode(200);
        // an import, audited once
        as(staff).multiPart("file", "nouvelles.csv", ("numero;ecole;type;adresse;code_postal;commune;uai;courriel_ecole;mandataire;"
                        + "courriel_mandataire;telephone_mandataire\r\n77;École du Lac;;;;VIENNE;;;;;\r\n").getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/departments/" + department + "/cooperative-imports").then().statusCode(201);
    }

    private String path() {
        return "/api/departments/" + department + "/audit-records";
    }

    @Test
    void shouldFilterByCooperativeCodeOrIdAndShowBeforeAndAfter() {
        as(staff).queryParam("cooperative", coop.login()).get(path()).then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].action", equalTo("COOPERATIVE_IDENTITY_UPDATED"))
                .body("items[0].actorLogin", equalTo(staffLogin))
                .body("items[0].cooperativeCode", equalTo(coop.login()))
                .body("items[0].before.schoolPhone", nullValue())
                .body("items[0].after.schoolPhone", equalTo("04 74 11 22 33"));
        as(staff).queryParam("cooperative", String.valueOf(coop.id())).get(path()).then().statusCode(200)
                .body("items.action", contains("COOPERATIVE_IDENTITY_UPDATED"));
    }

    @Test
    void shouldShowAChangeWhoseTextSpansSeveralLines() {
        // a text area (insurer's details) keeps its line breaks: the journal shows it as written, not a 500
        int version = as(staff).get("/api/departments/" + department + "/settings").then().statusCode(200).extract().path("version");
        Map<String, Object> settings = new java.util.HashMap<>(Map.of("version", version, "insurerName", "Mutuelle",
                "insurerDetails", "Responsabilité civile\r\nDommages matériels\tjusqu'à 2 000 €", "emailTemplates", java.util.List.of()));
        as(staff).contentType(ContentType.JSON).body(settings).put("/api/departments/" + department + "/settings")
                .then().statusCode(200);
        as(staff).queryParam("action", "DEPARTMENT_SETTINGS_UPDATED").get(path()).then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].after.insurerDetails", equalTo("Responsabilité civile\r\nDommages matériels\tjusqu'à 2 000 €"));
        as(staff).queryParam("action", "DEPARTMENT_SETTINGS_UPDATED").get(path() + "/export.csv").then().statusCode(200)
                .body(containsString("Dommages matériels"));
    }

    @Test
    void shouldFilterByActionActorEntityTypeAndDates() {
        as(staff).queryParam("action", "COOPERATIVES_IMPORTED").get(path()).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].entityType", equalTo("CooperativeImport"))
                .body("items[0].after.count", equalTo(1))
                .body("items[0].after.fileName", equalTo("nouvelles.csv"));
        as(staff).queryParam("actor", staffLogin).queryParam("entityType", "Cooperative").get(path()).then().statusCode(200)
                .body("items.action", everyItem(equalTo("COOPERATIVE_IDENTITY_UPDATED")));
        as(staff).queryParam("from", "2000-01-01").queryParam("to", "2000-01-31").get(path()).then().statusCode(200)
                .body("totalItems", equalTo(0));
        as(staff).queryParam("actor", "nobody").get(path()).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void shouldLeaveLoginsOutUnlessAsked() {
        Fixtures.login(coop.login(), Fixtures.PASSWORD);
        as(staff).queryParam("cooperative", coop.login()).get(path()).then().statusCode(200)
                .body("items.action", contains("COOPERATIVE_IDENTITY_UPDATED"));
        as(staff).queryParam("cooperative", coop.login()).queryParam("sessions", true).get(path()).then().statusCode(200)
                .body("items.action", contains("LOGIN", "COOPERATIVE_IDENTITY_UPDATED"));
        as(staff).queryParam("action", "login").get(path()).then().statusCode(200)
                .body("items.action", contains("LOGIN")).body("items[0].actorLogin", equalTo(coop.login()));
        as(staff).queryParam("cooperative", coop.login()).get(path() + "/export.csv").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString(";LOGIN;")));
    }

    @Test
    void shouldRefuseBadFiltersInFrench() {
        as(staff).queryParam("from", "15/09/2026").get(path()).then().statusCode(400)
                .body("violations[0].field", equalTo("from")).body("detail", containsString("AAAA-MM-JJ"));
        as(staff).queryParam("from", "2026-09-15").queryParam("to", "2026-09-01").get(path()).then().statusCode(400)
                .body("violations[0].field", equalTo("to"));
        as(staff).queryParam("cooperative", "n'importe").get(path()).then().statusCode(400)
                .body("violations[0].field", equalTo("cooperative"));
        as(staff).queryParam("action", "DROP TABLE").get(path()).then().statusCode(400);
        as(staff).queryParam("action", "ADHESION_EATEN").get(path()).then().statusCode(400)
                .body("violations[0].field", equalTo("action")).body("detail", containsString("Action inconnue"));
        as(staff).queryParam("size", 1000).get(path()).then().statusCode(400);
    }

    @Test
    void shouldExportTheSameFilterAsCsv() {
        Response r = as(staff).queryParam("cooperative", coop.login()).get(path() + "/export.csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.header("Content-Disposition")).startsWith("attachment; filename=\"journal-" + department + "-");
        String csv = new String(r.asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFnumero;date_heure;utilisateur;role;action;objet;identifiant;cooperative_id;cooperative;avant;apres\r\n");
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv).contains(";" + staffLogin + ";staff;COOPERATIVE_IDENTITY_UPDATED;Cooperative;" + coop.id() + ";" + coop.id() + ";"
                + coop.login() + ";").contains("\"\"schoolPhone\"\":\"\"04 74 11 22 33\"\"");
    }

    @Test
    void shouldKeepEachDepartmentsLogToItsStaffAndShowTheAdminEveryDepartment() {
        as(fixtures.staffToken("046")).get(path()).then().statusCode(403);
        as(fixtures.staffToken("046")).get("/api/audit-records").then().statusCode(403);
        as(fixtures.adminToken()).queryParam("department", department).queryParam("action", "COOPERATIVES_IMPORTED")
                .get("/api/audit-records").then().statusCode(200).body("totalItems", equalTo(1));
        as(fixtures.adminToken()).queryParam("department", "ZZZ").get("/api/audit-records").then().statusCode(400);
    }
}
