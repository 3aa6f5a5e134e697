package org.coopenligne.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.TreeSet;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A boolean or numeric query parameter that is not one is a 400 naming it, on every endpoint, never a silent default. */
@QuarkusTest
class QueryParametersTest {

    @Inject Fixtures fixtures;

    @ParameterizedTest(name = "includeDebited={0}")
    @ValueSource(strings = {"maybe", "yes", "1", "", "TRUE", "falsee"})
    void shouldRefuseABooleanThatIsNeitherTrueNorFalse(String value) {
        as(fixtures.staffToken("046")).queryParam("includeDebited", value).get("/api/departments/046/sepa-direct-debits")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("includeDebited"))
                .body("detail", equalTo("La valeur du paramètre « includeDebited » doit être true ou false."));
    }

    @Test
    void shouldRefuseASessionsFilterThatIsNeitherTrueNorFalse() {
        as(fixtures.staffToken("046")).queryParam("sessions", "oui").get("/api/departments/046/audit-records")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("sessions"));
        as(fixtures.adminToken()).queryParam("sessions", "1").get("/api/audit-records")
                .then().statusCode(400).body("violations[0].field", equalTo("sessions"));
    }

    @Test
    void shouldReadTrueAndFalse() {
        for (String value : new String[] {"true", "false"}) {
            as(fixtures.staffToken("046")).queryParam("includeDebited", value).get("/api/departments/046/sepa-direct-debits")
                    .then().statusCode(200);
        }
    }

    @Test
    void shouldRefuseABooleanOnAChangeBeforeChangingAnything() {
        as(fixtures.staffToken("046")).contentType(ContentType.JSON).body(Map.of()).queryParam("acknowledge", "yes")
                .put("/api/departments/046/tariffs/2025-2026")
                .then().statusCode(400).body("violations[0].field", equalTo("acknowledge"));
    }

    @ParameterizedTest(name = "page={0}")
    @ValueSource(strings = {"abc", "1.5", "", "99999999999999999999"})
    void shouldRefuseANumberThatIsNotOneWith400Not404(String value) {
        as(fixtures.staffToken("046")).queryParam("page", value).get("/api/cooperatives")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("page"));
    }

    @Test
    void shouldRefuseAnIdThatIsNotANumberInARepeatedParameter() {
        as(fixtures.staffToken("046")).queryParam("cooperativeIds", "12").queryParam("cooperativeIds", "douze")
                .get("/api/departments/046/exports/cooperatives.csv")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("cooperativeIds"));
    }

    @ParameterizedTest(name = "{0}=oui")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"late", "gap", "quitusMissing", "drawn"})
    void shouldRefuseTheReportsQueueFiltersThatAreNotBooleans(String filter) {
        as(fixtures.staffToken("046")).queryParam(filter, "oui").get("/api/departments/046/annual-reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo(filter))
                .body("detail", equalTo("La valeur du paramètre « " + filter + " » doit être true ou false."));
        as(fixtures.staffToken("046")).queryParam(filter, "true").get("/api/departments/046/annual-reports").then().statusCode(200);
    }

    /** Every boolean query parameter of the contract is one this class (or the import's test, for dryRun) tries. */
    @Test
    void shouldKnowEveryBooleanQueryParameterOfTheContract() throws Exception {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(OpenApiContractTest.CONTRACT.toFile()).get("paths");
        TreeSet<String> booleans = new TreeSet<>();
        paths.forEach(path -> path.forEach(op -> op.path("parameters").forEach(p -> {
            if (p.path("in").asText().equals("query") && p.path("schema").path("type").asText().equals("boolean")) {
                booleans.add(p.path("name").asText());
            }
        })));
        assertThat(booleans).containsExactly("acknowledge", "drawn", "dryRun", "gap", "includeDebited", "late", "perDistrict", "quitusMissing", "sessions");
    }
}
