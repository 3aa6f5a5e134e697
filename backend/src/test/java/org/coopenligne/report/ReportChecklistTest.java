package org.coopenligne.report;

import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.Test;

/** The staff's checklist of a report under review: kept as ticked, versioned, audited, and only while it is theirs. */
@QuarkusTest
class ReportChecklistTest {

    @Inject Fixtures fixtures;

    @Test
    void shouldKeepTheChecklistWhileTheReportIsUnderReview() {
        String department = fixtures.newDepartment();
        String staff = fixtures.tokenOf(fixtures.newStaff(department));
        Fixtures.Coop coop = fixtures.newActiveCooperative(department);
        int id = Reports.send(fixtures, staff, coop, Reports.paper("800.00", "50.00", Map.of("7562", "600.00"), "1450.00", "0.00", "0.00"), false);
        String report = "/api/cooperatives/" + coop.id() + "/annual-reports/" + Reports.YEAR;
        int version = as(staff).get(report).then().statusCode(200).body("checklist.quitusSigned", nullValue()).extract().path("version");

        Map<String, Object> ticks = new HashMap<>();
        ticks.put("quitusSigned", true);
        ticks.put("statementMatches", false);
        ticks.put("subsidiesJustified", null);
        int after = as(staff).header("If-Match", "\"" + version + "\"").contentType(ContentType.JSON).body(ticks)
                .put("/api/annual-reports/" + id + "/checklist").then().statusCode(200)
                .body("checklist.quitusSigned", equalTo(true)).body("checklist.statementMatches", equalTo(false))
                .body("checklist.subsidiesJustified", nullValue()).extract().path("version");
        // a stale version is refused, the mandataire cannot tick it
        as(staff).header("If-Match", "\"" + version + "\"").contentType(ContentType.JSON).body(Map.of("quitusSigned", false))
                .put("/api/annual-reports/" + id + "/checklist").then().statusCode(409);
        as(fixtures.tokenOf(coop.login())).header("If-Match", "\"" + after + "\"").contentType(ContentType.JSON).body(Map.of("quitusSigned", false))
                .put("/api/annual-reports/" + id + "/checklist").then().statusCode(403);
        as(fixtures.tokenOf(coop.login())).get(report).then().body("checklist.quitusSigned", equalTo(true));

        // once validated, it no longer changes
        int validated = as(staff).header("If-Match", "\"" + after + "\"").post("/api/annual-reports/" + id + "/validation").then().statusCode(200)
                .extract().path("version");
        as(staff).header("If-Match", "\"" + validated + "\"").contentType(ContentType.JSON).body(Map.of("quitusSigned", false))
                .put("/api/annual-reports/" + id + "/checklist").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("pendant la relecture"));
        as(staff).get("/api/departments/" + department + "/audit-records?entityType=AnnualReport&size=50").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.hasItem("REPORT_CHECKLIST_SET"));
    }
}
