package org.coopenligne.cooperative;

import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.coopenligne.dashboard.CampaignTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.Map;
import org.coopenligne.dashboard.CampaignFixture;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CooperativeListFilterTest extends CampaignTest {

    private ValidatableResponse list(Map<String, Object> query) {
        return as(staff).queryParam("year", CampaignFixture.YEAR).queryParams(query).get("/api/cooperatives").then();
    }

    private static String code(Fixtures.Coop c) {
        return c.departmentCode() + "-" + c.number();
    }

    @Test
    void shouldCarryEachRowsAdhesionOfTheYear() {
        list(Map.of("q", code(f.submittedA()))).statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].status", equalTo("SUBMITTED"))
                .body("items[0].amount", equalTo(44.00f))
                .body("items[0].insured", equalTo(true))
                .body("items[0].late", equalTo(false))
                .body("items[0].submittedAt", equalTo("2025-09-03T07:30:00Z"));
        list(Map.of("q", code(f.notStarted1()))).body("items[0].status", equalTo("NOT_STARTED"))
                .body("items[0].adhesionId", nullValue()).body("items[0].amount", nullValue());
    }

    @Test
    void shouldFilterByStatusIncludingNotStarted() {
        list(Map.of("status", "NOT_STARTED")).statusCode(200).body("totalItems", equalTo(2))
                .body("items.code", containsInAnyOrder(code(f.notStarted1()), code(f.notStarted2())));
        list(Map.of("status", "SUBMITTED")).body("items.code", containsInAnyOrder(code(f.submittedA()), code(f.submittedB())));
        list(Map.of("status", "VALIDATED")).body("items.code", contains(code(f.validated())));
    }

    @Test
    void shouldFilterLateInsuredAndPaymentMeans() {
        list(Map.of("late", "true")).body("items.code", contains(code(f.validated()))).body("items[0].late", equalTo(true));
        list(Map.of("late", "false")).body("totalItems", equalTo(6));
        list(Map.of("insured", "true")).body("items.code", contains(code(f.submittedA())));
        list(Map.of("paymentMeans", "CHEQUE")).body("items.code", contains(code(f.submittedB())));
        list(Map.of("status", "SUBMITTED", "insured", "false")).body("items.code", contains(code(f.submittedB())));
        // the dashboard's members and expected amount (sent), and received amount (paid)
        list(Map.of("sent", "true")).body("totalItems", equalTo(4));
        list(Map.of("sent", "false")).body("totalItems", equalTo(3));
        list(Map.of("paid", "true")).body("items.code", containsInAnyOrder(code(f.submittedB()), code(f.validated())));
        // after the deadline, the not started and the draft are late too (as on the dashboard)
        clock.setDate(LocalDate.of(2025, 10, 5));
        list(Map.of("late", "true")).body("totalItems", equalTo(4))
                .body("items.code", containsInAnyOrder(code(f.notStarted1()), code(f.notStarted2()), code(f.draft()), code(f.validated())));
    }

    @Test
    void shouldSortByEachColumnBothWays() {
        list(Map.of("sort", "number", "direction", "desc")).body("items[0].code", equalTo(code(f.validated())));
        list(Map.of("sort", "status", "direction", "desc")).body("items[0].status", equalTo("VALIDATED"))
                .body("items[6].status", equalTo("NOT_STARTED"));
        list(Map.of("sort", "status")).body("items[0].status", equalTo("NOT_STARTED"))
                .body("items[2].status", equalTo("DRAFT")).body("items[3].status", equalTo("CORRECTION_REQUESTED"));
        // oldest submission first, the never-submitted last
        list(Map.of("sort", "submittedAt")).body("items[0].code", equalTo(code(f.correction())))
                .body("items[3].code", equalTo(code(f.validated()))).body("items[4].submittedAt", nullValue());
        list(Map.of("sort", "school", "direction", "asc")).body("items[0].code", equalTo(code(f.notStarted1())));
        list(Map.of("sort", "city")).statusCode(200).body("totalItems", equalTo(7));
    }

    @Test
    void shouldPaginateOnTheServer() {
        list(Map.of("size", 3, "page", 2)).statusCode(200).body("totalItems", equalTo(7)).body("totalPages", equalTo(3))
                .body("items.code", contains(code(f.validated())));
    }

    @Test
    void shouldRefuseUnknownFilterValuesInFrench() {
        list(Map.of("status", "FINI")).statusCode(400).body("violations[0].field", equalTo("status"))
                .body("detail", containsString("Valeur inconnue"));
        list(Map.of("late", "peut-être")).statusCode(400).body("violations[0].field", equalTo("late"));
        list(Map.of("insured", "oui")).statusCode(400).body("violations[0].field", equalTo("insured"));
        list(Map.of("sent", "1")).statusCode(400).body("violations[0].field", equalTo("sent"));
        list(Map.of("paymentMeans", "BITCOIN")).statusCode(400).body("violations[0].field", equalTo("paymentMeans"));
        list(Map.of("sort", "mandataire")).statusCode(400).body("violations[0].field", equalTo("sort"))
                .body("detail", containsString("Tri inconnu"));
        list(Map.of("direction", "up")).statusCode(400).body("violations[0].field", equalTo("direction"));
        as(staff).queryParam("year", "2025-2027").get("/api/cooperatives").then().statusCode(400)
                .body("violations[0].field", equalTo("year"));
    }
}
