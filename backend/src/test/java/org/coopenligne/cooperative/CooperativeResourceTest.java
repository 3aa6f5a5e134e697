package org.coopenligne.cooperative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coopenligne.common.audit.AuditRecord;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class CooperativeResourceTest {

    private static final String UPDATED_PHONE = "05 65 11 22 33";

    @Inject Fixtures fixtures;

    private Cooperative reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Cooperative.findById(id));
    }

    @Test
    void shouldShowTheMandataireItsOwnIdentity() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("046");
        as(fixtures.tokenOf(coop.login())).get("/api/cooperatives/" + coop.id())
                .then().statusCode(200)
                .body("code", equalTo(coop.login()))
                .body("departmentCode", equalTo("046"))
                .body("bankAccount", equalTo("1 234 56 X"))
                .body("version", equalTo(0));
    }

    @Test
    void shouldLetTheMandataireChangeItsContactDetailsAndAuditIt() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("046");
        as(fixtures.tokenOf(coop.login())).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "schoolPhone", UPDATED_PHONE, "addressLine", "3 place du Marché"))
                .patch("/api/cooperatives/" + coop.id())
                .then().statusCode(200)
                .body("schoolPhone", equalTo(UPDATED_PHONE))
                .body("addressLine", equalTo("3 place du Marché"))
                .body("schoolName", equalTo("École de test " + coop.number()))
                .body("version", equalTo(1));
        assertThat(reload(coop.id()).schoolPhone).isEqualTo(UPDATED_PHONE);
        AuditRecord audit = QuarkusTransaction.requiringNew().call(() -> AuditRecord.<AuditRecord>find(
                "cooperativeId = ?1 and action = 'COOPERATIVE_IDENTITY_UPDATED'", coop.id()).singleResult());
        assertThat(audit.actorLogin).isEqualTo(coop.login());
        assertThat(audit.actorRole).isEqualTo("mandataire");
        assertThat(audit.beforeJson).contains("\"schoolPhone\":null").contains("1 rue des Tests");
        assertThat(audit.afterJson).contains(UPDATED_PHONE).contains("3 place du Marché");
    }

    @Test
    void shouldClearAnOptionalFieldWithAnEmptyString() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("046");
        as(fixtures.tokenOf(coop.login())).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "schoolEmail", ""))
                .patch("/api/cooperatives/" + coop.id())
                .then().statusCode(200).body("schoolEmail", equalTo(null));
    }

    @Test
    void shouldLetTheMandataireCorrectTheWholeAddressOfTheSchool() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("046");
        as(fixtures.tokenOf(coop.login())).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "addressLine", "2 rue des Écoles", "postalCode", "46100", "city", "FIGEAC"))
                .patch("/api/cooperatives/" + coop.id())
                .then().statusCode(200).body("city", equalTo("FIGEAC")).body("postalCode", equalTo("46100"));
        assertThat(reload(coop.id()).city).isEqualTo("FIGEAC");
    }

    @ParameterizedTest(name = "a mandataire may not change {0}")
    @CsvSource({"schoolName, École Nouvelle", "uai, 0469999Z", "schoolType, Autre"})
    void shouldKeepStaffOnlyFieldsFromTheMandataire(String field, String value) {
        Fixtures.Coop coop = fixtures.newActiveCooperative("046");
        as(fixtures.tokenOf(coop.login())).contentType(ContentType.JSON)
                .body(Map.of("version", 0, field, value, "schoolPhone", UPDATED_PHONE))
                .patch("/api/cooperatives/" + coop.id())
                .then().statusCode(403).contentType("application/problem+json")
                .body("violations[0].field", equalTo(field));
        assertThat(reload(coop.id()).schoolPhone).isNull();
        assertThat(reload(coop.id()).version).isZero();
    }

    @ParameterizedTest(name = "read-only field {0} is refused")
    @CsvSource({"mandataireName", "bankAccount", "bankName", "coSignatories", "number", "departmentCode"})
    void shouldRefuseFieldsThatChangeOnlyThroughARequest(String field) {
        Fixtures.Coop coop = fixtures.newActiveCooperative("046");
        as(fixtures.staffToken("046")).contentType(ContentType.JSON)
                .body(Map.of("version", 0, field, "X"))
                .patch("/api/cooperatives/" + coop.id())
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo(field));
    }

    @Test
    void shouldLetStaffChangeEverythingButTheBankAndMandataire() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("038");
        as(fixtures.staffToken("038")).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "schoolName", "École Élémentaire Jean Moulin", "city", "VIENNE", "uai", "0382233K"))
                .patch("/api/cooperatives/" + coop.id())
                .then().statusCode(200).body("city", equalTo("VIENNE")).body("uai", equalTo("0382233K"));
        AuditRecord audit = QuarkusTransaction.requiringNew().call(() -> AuditRecord.<AuditRecord>find(
                "cooperativeId = ?1", coop.id()).singleResult());
        assertThat(audit.actorLogin).isEqualTo("staff038");
    }

    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource(delimiter = '|', value = {
            "schoolEmail | pas-une-adresse | adresse e-mail",
            "postalCode | 4600 | code postal",
            "uai | 046041N | UAI",
            "schoolPhone | abc | téléphone",
            "city | '' | commune",
            "schoolName | É | nom de l'école",
    })
    void shouldRefuseBadValuesInFrenchAndChangeNothing(String field, String value, String words) {
        Fixtures.Coop coop = fixtures.newActiveCooperative("046");
        as(fixtures.staffToken("046")).contentType(ContentType.JSON)
                .body(Map.of("version", 0, field, value, "addressLine", "9 rue Neuve"))
                .patch("/api/cooperatives/" + coop.id())
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field))
                .body("detail", containsString(words));
        Cooperative after = reload(coop.id());
        assertThat(after.addressLine).isEqualTo("1 rue des Tests");
        assertThat(after.version).isZero();
    }

    @Test
    void shouldRefuseAStaleVersionSoThatNoEditIsLost() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("046");
        String phone = fixtures.tokenOf(coop.login());
        String laptop = fixtures.tokenOf(coop.login());
        as(phone).contentType(ContentType.JSON).body(Map.of("version", 0, "schoolPhone", UPDATED_PHONE))
                .patch("/api/cooperatives/" + coop.id()).then().statusCode(200);
        as(laptop).contentType(ContentType.JSON).body(Map.of("version", 0, "addressLine", "Autre adresse"))
                .patch("/api/cooperatives/" + coop.id())
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://coop-en-ligne.fr/problems/stale-version"))
                .body("detail", containsString("Rechargez"));
        Cooperative after = reload(coop.id());
        assertThat(after.schoolPhone).isEqualTo(UPDATED_PHONE);
        assertThat(after.addressLine).isEqualTo("1 rue des Tests");
    }

    @Test
    void shouldLetExactlyOneOfManySimultaneousEditsWin() throws Exception {
        Fixtures.Coop coop = fixtures.newActiveCooperative("046");
        String token = fixtures.tokenOf(coop.login());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Integer>> edits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String address = i + " rue Concurrente";
            edits.add(() -> as(token).contentType(ContentType.JSON).body(Map.of("version", 0, "addressLine", address))
                    .patch("/api/cooperatives/" + coop.id()).then().extract().statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(edits)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
        assertThat(reload(coop.id()).version).isEqualTo(1);
    }

    @Test
    void shouldListOnlyTheStaffMembersDepartment() {
        as(fixtures.staffToken("046")).queryParam("size", 100).get("/api/cooperatives")
                .then().statusCode(200)
                .body("items.departmentCode", everyItem(equalTo("046")))
                .body("items.code", hasItem("046-0410"))
                .body("totalItems", greaterThanOrEqualTo(31));
    }

    @Test
    void shouldSearchByNumberSchoolCityOrUai() {
        String staff = fixtures.staffToken("046");
        as(staff).queryParam("q", "0410").get("/api/cooperatives").then().statusCode(200)
                .body("items.code", hasItem("046-0410"));
        as(staff).queryParam("q", "jules ferry").get("/api/cooperatives").then().statusCode(200)
                .body("items.code", hasItem("046-0410"));
        as(staff).queryParam("q", "la rose").get("/api/cooperatives").then().statusCode(200)
                .body("items.code", hasItem("046-0410"));
        as(staff).queryParam("q", "0460410").get("/api/cooperatives").then().statusCode(200)
                .body("items.code", hasItem("046-0410"));
        as(staff).queryParam("q", "Jean Moulin").get("/api/cooperatives").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void shouldPaginate() {
        String staff = fixtures.staffToken("038");
        List<String> first = as(staff).queryParam("size", 10).queryParam("page", 0).get("/api/cooperatives")
                .then().statusCode(200).body("items", hasSize(10)).body("size", equalTo(10))
                .extract().path("items.code");
        List<String> second = as(staff).queryParam("size", 10).queryParam("page", 1).get("/api/cooperatives")
                .then().statusCode(200).body("items", hasSize(10)).body("page", equalTo(1))
                .extract().path("items.code");
        assertThat(first).doesNotContainAnyElementsOf(second);
        as(staff).queryParam("size", 1000).get("/api/cooperatives").then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
        as(staff).queryParam("page", -1).get("/api/cooperatives").then().statusCode(400)
                .body("violations[0].field", equalTo("page"));
    }

    @Test
    void shouldLetTheAdminSearchEveryDepartmentOrOne() {
        String admin = fixtures.adminToken();
        as(admin).queryParam("q", "jean moulin").get("/api/cooperatives").then().statusCode(200)
                .body("items.code", hasItem("038-2233"));
        as(admin).queryParam("department", "075").queryParam("size", 100).get("/api/cooperatives").then().statusCode(200)
                .body("items.departmentCode", everyItem(equalTo("075")));
        as(admin).queryParam("department", "012").get("/api/cooperatives").then().statusCode(400)
                .body("violations[0].field", equalTo("department"));
        as(fixtures.staffToken("046")).queryParam("department", "038").get("/api/cooperatives").then().statusCode(403);
    }

    @Test
    void shouldAnswer404ForAnUnknownCooperative() {
        as(fixtures.adminToken()).get("/api/cooperatives/99999999").then().statusCode(404)
                .contentType("application/problem+json").body("detail", not(equalTo(null)));
    }
}
