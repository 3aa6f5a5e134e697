package org.coopenligne.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Api.YEAR;
import static org.coopenligne.support.Api.addLine;
import static org.coopenligne.support.Api.declarations;
import static org.coopenligne.support.Api.declare;
import static org.coopenligne.support.Api.line;
import static org.coopenligne.support.Api.open;
import static org.coopenligne.support.Api.submit;
import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TariffResourceTest {

    @Inject Fixtures fixtures;
    @Inject ObjectMapper json;

    private int currentVersion(String staff, String dept) {
        return as(staff).get("/api/departments/" + dept + "/tariffs/" + YEAR).then().statusCode(200).extract().path("version");
    }

    @Test
    void shouldAnswerWhatANewTariffStartsFromToItsDepartmentOnly() {
        String dept = fixtures.newDepartment();
        String staff = fixtures.tokenOf(fixtures.newStaff(dept));
        as(staff).get("/api/departments/" + dept + "/tariffs/2031-2032/defaults").then().statusCode(200)
                .body("propertyThreshold", equalTo(2000.00f)).body("instrumentThreshold", equalTo(15000.00f))
                .body("opensOn", equalTo("2031-09-01")).body("deadline", equalTo("2031-09-30"))
                .body("paymentMeans", containsInAnyOrder("TRANSFER", "CHEQUE"));
        String other = fixtures.tokenOf(fixtures.newStaff(fixtures.newDepartment()));
        as(other).get("/api/departments/" + dept + "/tariffs/2031-2032/defaults").then().statusCode(403);
        as(staff).get("/api/departments/" + dept + "/tariffs/2031/defaults").then().statusCode(400);
    }

    @Test
    void shouldPriceTheNextLineSaveWithATariffJustChanged() {
        String dept = fixtures.newDepartment();
        String staff = fixtures.tokenOf(fixtures.newStaff(dept));
        as(staff).contentType(ContentType.JSON).body(TariffResourceTestData.request(currentVersion(staff, dept)))
                .put("/api/departments/" + dept + "/tariffs/" + YEAR).then().statusCode(200);
        Fixtures.Coop coop = fixtures.newActiveCooperative(dept);
        String token = fixtures.tokenOf(coop.login());
        int[] a = open(token, coop.id());
        // 8,00 € + 20 pupils × 1,73 € + 2 adults × 4,00 € = 50,60 €: the tariff is now in the server's memory
        int v = addLine(token, a[0], a[1], line("CM1", "Mme Lune", null, 2, 20)).statusCode(201)
                .body("fee.total", equalTo(50.60f)).extract().path("version");

        Map<String, Object> dearer = TariffResourceTestData.request(currentVersion(staff, dept));
        dearer.put("cooperativeFee", new BigDecimal("10.00"));
        as(staff).contentType(ContentType.JSON).body(dearer)
                .put("/api/departments/" + dept + "/tariffs/" + YEAR).then().statusCode(200);

        // 10,00 € + 21 × 1,73 € + 2 × 4,00 € = 54,33 €: priced with the new tariff, not the remembered one
        addLine(token, a[0], v, line("CM2", "M. Soleil", null, 0, 1)).statusCode(201)
                .body("fee.total", equalTo(54.33f));
    }

    @Test
    void shouldRoundTripAnyTariffBuiltFromTheSpecsComponents() throws Exception {
        String dept = fixtures.newDepartment();
        String staff = fixtures.tokenOf(fixtures.newStaff(dept));
        Random random = new Random(42);
        for (int i = 0; i < 25; i++) {
            Map<String, Object> r = TariffResourceTestData.request(currentVersion(staff, dept));
            r.put("cooperativeFee", money(random, 10_000));
            r.put("membershipMode", random.nextBoolean() ? "SPLIT" : "PER_MEMBER");
            r.put("membershipRate", rate(random));
            r.put("membershipPupilRate", rate(random));
            r.put("membershipAdultRate", rate(random));
            r.put("insuranceMandatory", random.nextBoolean());
            r.put("insuranceMode", random.nextBoolean() ? "SPLIT" : "PER_MEMBER");
            r.put("insuranceRate", rate(random));
            r.put("insurancePupilRate", rate(random));
            r.put("insuranceAdultRate", rate(random));
            r.put("propertyThreshold", money(random, 1_000_000));
            r.put("propertyRate", new BigDecimal(random.nextInt(10_001)).movePointLeft(4));
            r.put("instrumentThreshold", money(random, 1_000_000));
            r.put("instrumentRate", new BigDecimal(random.nextInt(10_001)).movePointLeft(4));
            List<Map<String, Object>> subs = new ArrayList<>();
            for (int s = 0; s < random.nextInt(4); s++) {
                subs.add(Map.of("name", "Revue " + s, "price", money(random, 100)));
            }
            r.put("subscriptions", subs);
            String answer = as(staff).contentType(ContentType.JSON).body(r).put("/api/departments/" + dept + "/tariffs/" + YEAR)
                    .then().statusCode(200).extract().asString();
            JsonNode saved = json.readTree(answer);
            for (String field : List.of("cooperativeFee", "membershipRate", "membershipPupilRate", "membershipAdultRate",
                    "insuranceRate", "insurancePupilRate", "insuranceAdultRate", "propertyThreshold", "propertyRate",
                    "instrumentThreshold", "instrumentRate")) {
                assertThat(saved.get(field).decimalValue()).as(field).isEqualByComparingTo((BigDecimal) r.get(field));
            }
            assertThat(saved.get("membershipMode").asText()).isEqualTo(r.get("membershipMode"));
            assertThat(saved.get("insuranceMandatory").asBoolean()).isEqualTo(r.get("insuranceMandatory"));
            assertThat(saved.get("subscriptions").size()).isEqualTo(subs.size());
            for (int s = 0; s < subs.size(); s++) {
                assertThat(saved.get("subscriptions").get(s).get("price").decimalValue())
                        .isEqualByComparingTo((BigDecimal) subs.get(s).get("price"));
            }
            // and reading it back gives the same document
            String read = as(staff).get("/api/departments/" + dept + "/tariffs/" + YEAR).then().extract().asString();
            assertThat(json.readTree(read)).isEqualTo(saved);
        }
    }

    private static BigDecimal money(Random random, int maxEuros) {
        return new BigDecimal(random.nextInt(maxEuros * 100 + 1)).movePointLeft(2);
    }

    private static BigDecimal rate(Random random) {
        return new BigDecimal(random.nextInt(100_001)).movePointLeft(4).setScale(4, RoundingMode.UNNECESSARY);
    }

    @Test
    void shouldWarnBeforeChangingATariffThatPricedSubmittedAdhesions() {
        String dept = fixtures.newDepartment();
        String staff = fixtures.tokenOf(fixtures.newStaff(dept));
        Fixtures.Coop coop = fixtures.newActiveCooperative(dept);
        String token = fixtures.tokenOf(coop.login());
        int[] a = open(token, coop.id());
        int v = addLine(token, a[0], a[1], line("CP", "X", null, 1, 19)).extract().path("version");
        v = declare(token, a[0], v, declarations(false, "0", "0", List.of(), "0", "CHEQUE")).extract().path("version");
        submit(token, a[0], v).statusCode(200).body("submittedAmount", equalTo(40.00f));

        Map<String, Object> change = TariffResourceTestData.request(currentVersion(staff, dept));
        as(staff).contentType(ContentType.JSON).body(change).put("/api/departments/" + dept + "/tariffs/" + YEAR)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://coop-en-ligne.fr/problems/tariff-in-use"))
                .body("affected", hasItem(coop.login()))
                .body("detail", containsString("garderont le montant soumis"));
        as(staff).get("/api/departments/" + dept + "/tariffs/" + YEAR).then().body("membershipMode", equalTo("PER_MEMBER"));

        as(staff).contentType(ContentType.JSON).body(change).queryParam("acknowledge", true)
                .put("/api/departments/" + dept + "/tariffs/" + YEAR).then().statusCode(200).body("membershipMode", equalTo("SPLIT"));
        as(token).get("/api/adhesions/" + a[0]).then().statusCode(200)
                .body("submittedAmount", equalTo(40.00f))
                .body("repricingNeeded", equalTo(true))
                .body("fee.total", equalTo(44.87f)); // 8,00 + 19 x 1,73 + 1 x 4,00
    }

    @Test
    void shouldCopyLastYearsTariff() {
        String dept = fixtures.newDepartment();
        String staff = fixtures.tokenOf(fixtures.newStaff(dept));
        as(staff).post("/api/departments/" + dept + "/tariffs/2026-2027/copy-from-previous").then().statusCode(201)
                .body("schoolYear", equalTo("2026-2027"))
                .body("membershipRate", equalTo(2.0f))
                .body("opensOn", equalTo("2026-09-01"))
                .body("deadline", equalTo("2026-09-30"))
                .body("subscriptions[0].name", equalTo("Revue"));
        as(staff).post("/api/departments/" + dept + "/tariffs/2026-2027/copy-from-previous").then().statusCode(409);
        as(staff).post("/api/departments/" + dept + "/tariffs/2030-2031/copy-from-previous").then().statusCode(404)
                .body("detail", containsString("2029 - 2030"));
    }

    @Test
    void shouldRefuseAnIncoherentTariffAndKeepTheOldOne() {
        String dept = fixtures.newDepartment();
        String staff = fixtures.tokenOf(fixtures.newStaff(dept));
        int version = currentVersion(staff, dept);
        Map<String, Object> r = TariffResourceTestData.request(version);
        r.remove("membershipPupilRate");
        as(staff).contentType(ContentType.JSON).body(r).put("/api/departments/" + dept + "/tariffs/" + YEAR)
                .then().statusCode(400).body("violations[0].field", equalTo("membershipPupilRate"));
        r = TariffResourceTestData.request(version);
        r.put("insuranceRate", new BigDecimal("-1"));
        as(staff).contentType(ContentType.JSON).body(r).put("/api/departments/" + dept + "/tariffs/" + YEAR)
                .then().statusCode(400).body("violations[0].field", equalTo("insuranceRate"));
        r = TariffResourceTestData.request(version);
        r.put("cooperativeFee", new BigDecimal("8.001"));
        as(staff).contentType(ContentType.JSON).body(r).put("/api/departments/" + dept + "/tariffs/" + YEAR)
                .then().statusCode(400).body("violations[0].field", equalTo("cooperativeFee"));
        r = TariffResourceTestData.request(version);
        r.put("deadline", "2025-08-01");
        as(staff).contentType(ContentType.JSON).body(r).put("/api/departments/" + dept + "/tariffs/" + YEAR)
                .then().statusCode(400).body("violations[0].field", equalTo("deadline"));
        r = TariffResourceTestData.request(version);
        r.put("paymentMeans", List.of());
        as(staff).contentType(ContentType.JSON).body(r).put("/api/departments/" + dept + "/tariffs/" + YEAR)
                .then().statusCode(400).body("violations[0].field", equalTo("paymentMeans"));
        r = TariffResourceTestData.request(version);
        r.put("membershipMode", "PER_CLASS");
        as(staff).contentType(ContentType.JSON).body(r).put("/api/departments/" + dept + "/tariffs/" + YEAR)
                .then().statusCode(400).body("violations[0].field", equalTo("membershipMode"));
        as(staff).contentType(ContentType.JSON).body(TariffResourceTestData.request(version + 7)).put("/api/departments/" + dept + "/tariffs/" + YEAR)
                .then().statusCode(409).body("type", equalTo("https://coop-en-ligne.fr/problems/stale-version"));
        as(staff).get("/api/departments/" + dept + "/tariffs/" + YEAR).then()
                .body("version", equalTo(version)).body("membershipMode", equalTo("PER_MEMBER"));
    }

    @Test
    void shouldKeepTariffsWithinTheDepartment() {
        String dept = fixtures.newDepartment();
        as(fixtures.staffToken("038")).contentType(ContentType.JSON).body(TariffResourceTestData.request(0))
                .put("/api/departments/" + dept + "/tariffs/" + YEAR).then().statusCode(403);
        as(fixtures.staffToken("038")).get("/api/departments/" + dept + "/tariffs/" + YEAR).then().statusCode(403);
    }
}
