package org.coopenligne.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.coopenligne.cooperative.Cooperative;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input of every kind is a 4xx problem in French, with the security headers, and changes nothing. */
@QuarkusTest
class ErrorHandlingTest {

    @Inject Fixtures fixtures;

    private static void assertSecurityHeaders(Response r) {
        assertThat(r.header("Content-Security-Policy")).contains("default-src 'self'").contains("frame-ancestors 'none'");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
    }

    private void assertUnchanged(Fixtures.Coop coop) {
        Cooperative c = QuarkusTransaction.requiringNew().call(() -> Cooperative.findById(coop.id()));
        assertThat(c.version).isZero();
        assertThat(c.addressLine).isEqualTo("1 rue des Tests");
    }

    @ParameterizedTest(name = "body {0}")
    @ValueSource(strings = {
            "{\"version\":0,\"addressLine\":",
            "not json at all",
            "[1,2,3]",
            "{\"version\":0,\"addressLine\":\"x\",\"hacker\":true}",
            "{\"version\":\"zero\",\"addressLine\":\"x\"}",
            "{\"version\":0,\"addressLine\":{\"nested\":1}}",
            "{\"addressLine\":\"x\"}",
            "",
    })
    void shouldRefuseMalformedBodiesWithAProblem(String body) {
        Fixtures.Coop coop = fixtures.newActiveCooperative("046");
        Response r = as(fixtures.tokenOf(coop.login())).contentType(ContentType.JSON).body(body)
                .patch("/api/cooperatives/" + coop.id());
        r.then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()));
        assertSecurityHeaders(r);
        assertUnchanged(coop);
    }

    @Test
    void shouldNameTheUnknownField() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("046");
        as(fixtures.tokenOf(coop.login())).contentType(ContentType.JSON)
                .body("{\"version\":0,\"hacker\":true}")
                .patch("/api/cooperatives/" + coop.id())
                .then().statusCode(400).body("violations[0].field", equalTo("hacker"))
                .body("detail", containsString("hacker"));
    }

    @Test
    void shouldRefuseAnOversizeBody() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("046");
        String huge = "{\"version\":0,\"addressLine\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";
        Response r = as(fixtures.tokenOf(coop.login())).contentType(ContentType.JSON).body(huge)
                .patch("/api/cooperatives/" + coop.id());
        r.then().statusCode(413).contentType("application/problem+json").body("detail", containsString("trop volumineux"));
        assertSecurityHeaders(r);
        assertUnchanged(coop);
    }

    @Test
    void shouldRefuseAnotherContentType() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("046");
        as(fixtures.tokenOf(coop.login())).contentType(ContentType.TEXT).body("version=0")
                .patch("/api/cooperatives/" + coop.id())
                .then().statusCode(415).contentType("application/problem+json");
        assertUnchanged(coop);
    }

    @Test
    void shouldAnswerAProblemForAnUnknownApiPath() {
        Response r = given().get("/api/no-such-thing");
        r.then().statusCode(404).contentType("application/problem+json").body("detail", equalTo("Cette adresse n'existe pas."));
        assertSecurityHeaders(r);
    }

    @Test
    void shouldAnswerAProblemForAWrongMethod() {
        as(fixtures.adminToken()).delete("/api/me").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void shouldPutSecurityHeadersOnUnauthenticatedAnswers() {
        Response r = given().get("/api/me");
        r.then().statusCode(401).contentType("application/problem+json");
        assertSecurityHeaders(r);
    }

    @Test
    void shouldServeHealth() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @ParameterizedTest(name = "addressLine: {0}")
    @ValueSource(strings = {"123", "1.5", "true", "[\"1 rue\"]"})
    void shouldRefuseAScalarOfAnotherTypeNamingTheField(String value) {
        Fixtures.Coop coop = fixtures.newActiveCooperative("046");
        as(fixtures.tokenOf(coop.login())).contentType(ContentType.JSON).body("{\"version\":0,\"addressLine\":" + value + "}")
                .patch("/api/cooperatives/" + coop.id())
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("addressLine"))
                .body("detail", equalTo("La valeur du champ « addressLine » n'a pas le bon type."));
        assertUnchanged(coop);
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0000", "0007", "000a", "001b", "007f"})
    void shouldRefuseAControlCharacterInATextAndKeepNothing(String code) {
        Fixtures.Coop coop = fixtures.newActiveCooperative("046");
        as(fixtures.tokenOf(coop.login())).contentType(ContentType.JSON)
                .body("{\"version\":0,\"addressLine\":\"1 rue\\u" + code + " des Tests\"}")
                .patch("/api/cooperatives/" + coop.id())
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("addressLine"))
                .body("detail", containsString("Le champ « addressLine » "));
        assertUnchanged(coop);
    }

    @Test
    void shouldRefuseAControlCharacterInAQueryParameter() {
        as(fixtures.staffToken("046")).queryParam("q", "Jules\u0000Ferry").get("/api/cooperatives")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("q"));
    }
}
