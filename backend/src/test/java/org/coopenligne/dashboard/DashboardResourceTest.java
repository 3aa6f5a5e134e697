package org.coopenligne.dashboard;

import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coopenligne.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DashboardResourceTest extends CampaignTest {

    private ValidatableResponse dashboard(String token) {
        return as(token).queryParam("year", CampaignFixture.YEAR).get("/api/departments/" + f.department() + "/dashboard").then();
    }

    @Test
    void shouldCountEachStatusMembersAmountsAndLateOnes() {
        dashboard(staff).statusCode(200)
                .body("departmentCode", equalTo(f.department()))
                .body("schoolYear", equalTo("2025-2026"))
                .body("deadline", equalTo("2025-09-30"))
                .body("deadlinePassed", equalTo(false))
                .body("cooperatives", equalTo(7))
                .body("statuses.notStarted", equalTo(2))
                .body("statuses.draft", equalTo(1))
                .body("statuses.submitted", equalTo(2))
                .body("statuses.correctionRequested", equalTo(1))
                .body("statuses.validated", equalTo(1))
                .body("late.submittedLate", equalTo(1))
                .body("late.notSubmitted", equalTo(0))
                .body("late.total", equalTo(1))
                .body("members.adults", equalTo(7))
                .body("members.pupils", equalTo(90))
                .body("amounts.expected", equalTo(194.00f))
                .body("amounts.validated", equalTo(66.00f))
                .body("amounts.received", equalTo(118.00f));
    }

    @Test
    void shouldGiveSubmissionsOfEachDayOfSeptemberWithTheRunningTotal() {
        ValidatableResponse r = dashboard(staff).statusCode(200).body("trend", hasSize(30));
        r.body("trend[0].date", equalTo("2025-09-01")).body("trend[0].submissions", equalTo(0)).body("trend[0].cumulative", equalTo(1));
        r.body("trend[2].date", equalTo("2025-09-03")).body("trend[2].submissions", equalTo(2)).body("trend[2].cumulative", equalTo(3));
        r.body("trend[9].submissions", equalTo(1)).body("trend[9].cumulative", equalTo(4));
        r.body("trend[29].date", equalTo("2025-09-30")).body("trend[29].cumulative", equalTo(4));
    }

    @Test
    void shouldRunTheDayByDayCountUntilTodayOnceTheDeadlineIsPast() {
        clock.setDate(LocalDate.of(2025, 10, 5));
        String token = fixtures.tokenOf(f.notStarted1().login());
        int[] a = Api.open(token, f.notStarted1().id());
        int version = Api.addLine(token, a[0], a[1], Api.line("CP", "Mme Test", null, 1, 20)).statusCode(201).extract().path("version");
        version = Api.declare(token, a[0], version, Api.declarations(false, "0", "0", List.of(), "0", "CHEQUE")).statusCode(200)
                .extract().path("version");
        Api.submit(token, a[0], version).statusCode(200);
        // a late submission stays in the chart: it runs from 1 September to today, not only to the 30th
        dashboard(staff).statusCode(200).body("trend", hasSize(35))
                .body("trend[29].date", equalTo("2025-09-30")).body("trend[29].cumulative", equalTo(4))
                .body("trend[34].date", equalTo("2025-10-05")).body("trend[34].submissions", equalTo(1))
                .body("trend[34].cumulative", equalTo(5));
    }

    @Test
    void shouldCountTheNotSubmittedAsLateOnceTheDeadlineIsPast() {
        clock.setDate(LocalDate.of(2025, 10, 5));
        dashboard(staff).statusCode(200)
                .body("deadlinePassed", equalTo(true))
                .body("late.submittedLate", equalTo(1))
                .body("late.notSubmitted", equalTo(3))
                .body("late.total", equalTo(4));
    }

    @Test
    void shouldMoveWhenACooperativeSubmits() {
        String token = fixtures.tokenOf(f.notStarted1().login());
        int[] a = Api.open(token, f.notStarted1().id());
        dashboard(staff).body("statuses.notStarted", equalTo(1)).body("statuses.draft", equalTo(2));
        int version = Api.addLine(token, a[0], a[1], Api.line("CP", "Mme Test", null, 1, 20)).statusCode(201).extract().path("version");
        version = Api.declare(token, a[0], version, Api.declarations(false, "0", "0", List.of(), "0", "CHEQUE")).statusCode(200)
                .extract().path("version");
        Api.submit(token, a[0], version).statusCode(200);
        dashboard(staff).body("statuses.draft", equalTo(1)).body("statuses.submitted", equalTo(3))
                .body("members.adults", equalTo(8)).body("members.pupils", equalTo(110))
                .body("amounts.expected", equalTo(236.00f)) // + 21 members at 2,00 €
                .body("trend[14].submissions", equalTo(1)).body("trend[14].cumulative", equalTo(5));
    }

    @Test
    void shouldRefuseAnotherDepartmentsStaffAndAMalformedYear() {
        dashboard(fixtures.staffToken("038")).statusCode(403);
        dashboard(fixtures.tokenOf(f.draft().login())).statusCode(403);
        as(staff).queryParam("year", "2025").get("/api/departments/" + f.department() + "/dashboard").then()
                .statusCode(400).body("violations[0].field", equalTo("year"));
        dashboard(fixtures.adminToken()).statusCode(200).body("statuses.validated", equalTo(1));
    }

    @Test
    void shouldShowEveryDepartmentSideBySideToTheAdminOnly() {
        List<Map<String, Object>> rows = as(fixtures.adminToken()).queryParam("year", CampaignFixture.YEAR)
                .get("/api/dashboard/departments").then().statusCode(200)
                .body("items.departmentCode", hasItem(f.department()))
                .body("items.departmentCode", hasItem("038"))
                .extract().path("items");
        Map<String, Object> row = rows.stream().filter(r -> f.department().equals(r.get("departmentCode"))).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(row).containsEntry("cooperatives", 7);
        org.assertj.core.api.Assertions.assertThat((Map<String, Object>) row.get("statuses"))
                .containsEntry("notStarted", 2).containsEntry("submitted", 2).containsEntry("validated", 1);
        org.assertj.core.api.Assertions.assertThat((Map<String, Object>) row.get("amounts")).containsEntry("received", 118.0f);
        as(staff).get("/api/dashboard/departments").then().statusCode(403);
        as(fixtures.adminToken()).queryParam("size", 101).get("/api/dashboard/departments").then().statusCode(400);
    }
}
