package org.coopenligne.report.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coopenligne.support.Fixtures;
import org.coopenligne.support.MailboxTest;
import org.junit.jupiter.api.Test;

/**
 * The control of the accounts through the API: a seeded draw of the validated reports, once a year, that the preview
 * re-draws identically; the share drawn and the amount rule; each drawn report's follow-up, forward only, audited, with
 * the documents asked emailed; the queue's « drawn » filter.
 */
@QuarkusTest
class ControlResourceTest extends MailboxTest {

    private static final String YEAR = org.coopenligne.report.Reports.YEAR;

    @Test
    void shouldDrawAReproducibleSampleOnceAndFollowEachUp() {
        String department = fixtures.newDepartment();
        String staff = fixtures.tokenOf(fixtures.newStaff(department));
        List<Fixtures.Coop> coops = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            Fixtures.Coop c = fixtures.newActiveCooperative(department);
            coops.add(c);
            String income = i == 0 ? "20000.00" : (100 + i) + ".00";
            org.coopenligne.report.Reports.send(fixtures, staff, c,
                    org.coopenligne.report.Reports.paper("100.00", "0.00", Map.of("7562", income), "100.00", "0.00", "0.00"), true);
        }
        // sent but not validated: never drawn
        org.coopenligne.report.Reports.send(fixtures, staff, fixtures.newActiveCooperative(department),
                org.coopenligne.report.Reports.paper("1.00", "0.00", Map.of("7562", "50000.00"), "1.00", "0.00", "0.00"), false);
        String controls = "/api/departments/" + department + "/report-controls";

        as(staff).get(controls + "?year=" + YEAR).then().statusCode(200).body("validatedReports", equalTo(11)).body("draw", equalTo(null))
                .body("controls", hasSize(0));
        // bad input: a share out of range, a malformed seed, a negative amount: nothing drawn
        as(staff).contentType(ContentType.JSON).body(Map.of("year", YEAR, "sharePercent", 0)).post(controls).then().statusCode(400)
                .body("violations[0].field", equalTo("sharePercent"));
        as(staff).contentType(ContentType.JSON).body(Map.of("year", YEAR, "seed", "a b")).post(controls).then().statusCode(400)
                .body("violations[0].field", equalTo("seed"));
        as(staff).contentType(ContentType.JSON).body(Map.of("year", YEAR, "aboveAmount", -5)).post(controls).then().statusCode(400);
        as(staff).get(controls + "?year=" + YEAR).then().body("draw", equalTo(null));

        // the draw: 10 % of 11 rounded up = 2 at random, and the report of 20 000 € income
        JsonPath drawn = as(staff).contentType(ContentType.JSON).body(Map.of("year", YEAR, "seed", "4821", "sharePercent", 10, "aboveAmount", 15000))
                .post(controls).then().statusCode(201).extract().jsonPath();
        assertThat(drawn.getString("draw.seed")).isEqualTo("4821");
        assertThat(drawn.getInt("draw.population")).isEqualTo(11);
        List<String> codes = drawn.getList("controls.cooperativeCode");
        List<String> reasons = drawn.getList("controls.reason");
        assertThat(reasons.stream().filter("RANDOM"::equals).count()).isEqualTo(2);
        String big = coops.get(0).login().toUpperCase();
        assertThat(codes).contains(big);
        assertThat(drawn.getList("controls.status")).containsOnly("DRAWN");
        // each key is SHA-256 of seed:code, as the rule says
        for (int i = 0; i < codes.size(); i++) {
            assertThat(drawn.getString("controls[" + i + "].key")).isEqualTo(ControlDraws.key("4821", codes.get(i)));
        }

        // anyone re-draws the same sample from the seed; a second draw of the year is refused
        JsonPath again = as(staff).queryParam("year", YEAR).queryParam("seed", "4821").queryParam("sharePercent", 10).queryParam("aboveAmount", 15000)
                .get(controls + "/preview").then().statusCode(200).extract().jsonPath();
        assertThat(again.getList("drawn.cooperativeCode")).isEqualTo(codes);
        as(staff).contentType(ContentType.JSON).body(Map.of("year", YEAR, "seed", "9999")).post(controls).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("déjà tiré"));
        as(staff).get(controls + "/preview?year=" + YEAR).then().statusCode(400).body("violations[0].field", equalTo("seed"));

        // the queue shows them, and filters them
        as(staff).get("/api/departments/" + department + "/annual-reports?year=" + YEAR + "&drawn=true").then().statusCode(200)
                .body("items", hasSize(codes.size())).body("items.drawn", org.hamcrest.Matchers.everyItem(equalTo(true)));

        // the follow-up: documents asked (required, emailed), checked, closed with remarks; forward only
        int id = drawn.getInt("controls[0].id");
        String followUp = "/api/report-controls/" + id;
        mailbox.clear();
        as(staff).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("status", "DOCUMENTS_REQUESTED")).put(followUp)
                .then().statusCode(400).body("violations[0].field", equalTo("documentsRequested"));
        int v = as(staff).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("status", "DOCUMENTS_REQUESTED", "documentsRequested", "Les relevés de banque de l'année.")).put(followUp)
                .then().statusCode(200).body("status", equalTo("DOCUMENTS_REQUESTED")).body("statusLabel", equalTo("pièces demandées"))
                .extract().path("version");
        String number = codes.get(0).substring(codes.get(0).indexOf('-') + 1);
        assertThat(mailbox.getMailsSentTo("ce." + number + "@example.org")).singleElement()
                .satisfies(m -> assertThat(m.getText()).contains("tiré au sort").contains("Les relevés de banque de l'année."));
        as(staff).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("status", "CHECKED")).put(followUp).then().statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("stale-version"));
        as(staff).header("If-Match", "\"" + v + "\"").contentType(ContentType.JSON).body(Map.of("status", "DRAWN")).put(followUp)
                .then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("ne revient pas"));
        as(staff).header("If-Match", "\"" + v + "\"").contentType(ContentType.JSON).body(Map.of("status", "CLOSED")).put(followUp)
                .then().statusCode(400).body("violations[0].field", equalTo("remarks"));
        v = as(staff).header("If-Match", "\"" + v + "\"").contentType(ContentType.JSON)
                .body(Map.of("status", "CLOSED", "remarks", "Relevés conformes, factures présentes.")).put(followUp)
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("closedAt", org.hamcrest.Matchers.notNullValue()).extract().path("version");
        as(staff).header("If-Match", "\"" + v + "\"").contentType(ContentType.JSON).body(Map.of("status", "CLOSED", "remarks", "Autre chose"))
                .put(followUp).then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("clos"));
        as(staff).get(controls + "?year=" + YEAR).then().body("controls[0].remarks", equalTo("Relevés conformes, factures présentes."));

        // audited
        as(staff).get("/api/departments/" + department + "/audit-records?entityType=ReportControl&size=50").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.contains("REPORT_CONTROL_UPDATED", "REPORT_CONTROL_UPDATED"));
        as(staff).get("/api/departments/" + department + "/audit-records?entityType=ControlDraw&size=50").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.contains("REPORT_CONTROL_DRAWN"));

        // another department's staff and a mandataire do not reach them
        as(fixtures.tokenOf(fixtures.newStaff(fixtures.newDepartment()))).get(controls + "?year=" + YEAR).then().statusCode(403);
        as(fixtures.tokenOf(coops.get(1).login())).get(controls + "?year=" + YEAR).then().statusCode(403);
    }

    @Test
    void shouldRefuseToDrawWhenNothingIsValidated() {
        String department = fixtures.newDepartment();
        String staff = fixtures.tokenOf(fixtures.newStaff(department));
        as(staff).contentType(ContentType.JSON).body(Map.of("year", YEAR)).post("/api/departments/" + department + "/report-controls")
                .then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("rien à tirer"));
    }

    @Test
    void shouldDrawAtLeastOneReportPerDistrictThatStaffSet() {
        String department = fixtures.newDepartment();
        String staff = fixtures.tokenOf(fixtures.newStaff(department));
        String[] districts = {"Cahors 1", "Cahors 1", "Cahors 1", "Figeac", "Figeac", "Gourdon", null};
        List<Fixtures.Coop> coops = new ArrayList<>();
        for (String district : districts) {
            Fixtures.Coop c = fixtures.newActiveCooperative(department);
            coops.add(c);
            if (district != null) {
                int version = as(staff).get("/api/cooperatives/" + c.id()).then().statusCode(200).extract().path("version");
                as(staff).contentType(ContentType.JSON).body(Map.of("version", version, "district", district)).patch("/api/cooperatives/" + c.id())
                        .then().statusCode(200).body("district", equalTo(district));
            }
            org.coopenligne.report.Reports.send(fixtures, staff, c,
                    org.coopenligne.report.Reports.paper("100.00", "0.00", Map.of("7562", "150.00"), "100.00", "0.00", "0.00"), true);
        }
        // the district is staff's to set: a mandataire may not, and a long one is refused
        String mandataire = fixtures.tokenOf(coops.get(6).login());
        as(mandataire).contentType(ContentType.JSON).body(Map.of("version", 0, "district", "Cahors 1")).patch("/api/cooperatives/" + coops.get(6).id())
                .then().statusCode(403).body("violations[0].field", equalTo("district"));
        as(staff).contentType(ContentType.JSON).body(Map.of("version", 0, "district", "x".repeat(81))).patch("/api/cooperatives/" + coops.get(6).id())
                .then().statusCode(400).body("violations[0].field", equalTo("district"));

        String controls = "/api/departments/" + department + "/report-controls";
        JsonPath drawn = as(staff).contentType(ContentType.JSON).body(Map.of("year", YEAR, "seed", "77", "sharePercent", 1, "perDistrict", true))
                .post(controls).then().statusCode(201).body("draw.perDistrict", equalTo(true)).extract().jsonPath();
        List<String> drawnDistricts = drawn.getList("controls.district");
        assertThat(drawnDistricts).contains("Cahors 1", "Figeac", "Gourdon");
        assertThat(drawn.getList("controls.reason", String.class).stream().filter("RANDOM"::equals).count()).isEqualTo(1);
        // one per district: the random one's district gets no second report
        assertThat(drawnDistricts.stream().filter(java.util.Objects::nonNull).distinct().count())
                .isEqualTo(drawnDistricts.stream().filter(java.util.Objects::nonNull).count());
        // the preview re-draws it with the same option
        JsonPath again = as(staff).queryParam("year", YEAR).queryParam("seed", "77").queryParam("sharePercent", 1).queryParam("perDistrict", true)
                .get(controls + "/preview").then().statusCode(200).body("perDistrict", equalTo(true)).extract().jsonPath();
        assertThat(again.getList("drawn.cooperativeCode")).isEqualTo(drawn.getList("controls.cooperativeCode"));
        assertThat(again.getList("drawn.district")).isEqualTo(drawnDistricts);
    }
}
