package org.coopenligne.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Fixtures.as;
import static org.coopenligne.support.Fixtures.fromNewAddress;
import static org.coopenligne.support.Fixtures.login;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.coopenligne.common.audit.AuditRecord;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthResourceTest {

    @Inject Fixtures fixtures;

    @Test
    void shouldLetAnInitialPasswordDoNothingButChangeIt() {
        Fixtures.Coop coop = fixtures.newCooperative("046");
        String token = fromNewAddress().contentType(ContentType.JSON)
                .body(Map.of("login", coop.login(), "password", "coop" + coop.number()))
                .post("/api/auth/login")
                .then().statusCode(200)
                .body("account.mustChangePassword", equalTo(true))
                .body("account.cooperative.code", equalTo(coop.login()))
                .extract().path("token");

        as(token).get("/api/cooperatives/" + coop.id())
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://coop-en-ligne.fr/problems/password-change-required"))
                .body("detail", containsString("mot de passe initial"));
        as(token).get("/api/departments").then().statusCode(403)
                .body("type", equalTo("https://coop-en-ligne.fr/problems/password-change-required"));
        as(token).get("/api/me").then().statusCode(200).body("mustChangePassword", equalTo(true));

        String newToken = as(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "coop" + coop.number(), "newPassword", "Ma-Cooperative-2025"))
                .post("/api/auth/password")
                .then().statusCode(200).body("account.mustChangePassword", equalTo(false))
                .extract().path("token");

        as(newToken).get("/api/cooperatives/" + coop.id()).then().statusCode(200).body("id", equalTo((int) coop.id()));
        as(token).get("/api/me").then().statusCode(401);
        login(coop.login(), "Ma-Cooperative-2025");
        fromNewAddress().contentType(ContentType.JSON)
                .body(Map.of("login", coop.login(), "password", "coop" + coop.number()))
                .post("/api/auth/login").then().statusCode(401);
    }

    @Test
    void shouldStoreTheNewPasswordAsASlowSaltedHash() {
        Fixtures.Coop coop = fixtures.newCooperative("046");
        String token = login(coop.login(), "coop" + coop.number());
        as(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "coop" + coop.number(), "newPassword", "Ma-Cooperative-2025"))
                .post("/api/auth/password").then().statusCode(200);
        String hash = QuarkusTransaction.requiringNew().call(() -> UserAccount.<UserAccount>findById(coop.accountId()).passwordHash);
        assertThat(hash).startsWith("$2a$11$").doesNotContain("Ma-Cooperative-2025");
    }

    @Test
    void shouldExplainInFrenchWhyAPasswordIsRefused() {
        Fixtures.Coop coop = fixtures.newCooperative("046");
        String token = login(coop.login(), "coop" + coop.number());
        as(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "coop" + coop.number(), "newPassword", "abcdefgh"))
                .post("/api/auth/password")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("newPassword"))
                .body("detail", containsString("au moins 10 caractères"));
        as(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "coop" + coop.number(), "newPassword", "xcoop" + coop.number() + "-ABC"))
                .post("/api/auth/password")
                .then().statusCode(400).body("detail", containsString("mot de passe initial"));
        as(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "wrong", "newPassword", "Ma-Cooperative-2025"))
                .post("/api/auth/password")
                .then().statusCode(400).body("violations[0].field", equalTo("currentPassword"));
        // nothing changed: the initial password still works and must still be changed
        fromNewAddress().contentType(ContentType.JSON)
                .body(Map.of("login", coop.login(), "password", "coop" + coop.number()))
                .post("/api/auth/login").then().statusCode(200).body("account.mustChangePassword", equalTo(true));
    }

    @Test
    void shouldRevokeEveryTokenOnLogout() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("038");
        String phone = login(coop.login(), Fixtures.PASSWORD);
        String laptop = login(coop.login(), Fixtures.PASSWORD);
        as(phone).post("/api/auth/logout").then().statusCode(204);
        as(phone).get("/api/me").then().statusCode(401).contentType("application/problem+json");
        as(laptop).get("/api/me").then().statusCode(401);
        String again = login(coop.login(), Fixtures.PASSWORD);
        as(again).get("/api/me").then().statusCode(200);
    }

    @Test
    void shouldRefuseUnknownLoginAndWrongPasswordAlike() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("038");
        String unknown = fromNewAddress().contentType(ContentType.JSON)
                .body(Map.of("login", "038-9999", "password", "whatever"))
                .post("/api/auth/login").then().statusCode(401).extract().path("detail");
        String wrong = fromNewAddress().contentType(ContentType.JSON)
                .body(Map.of("login", coop.login(), "password", "whatever"))
                .post("/api/auth/login").then().statusCode(401).extract().path("detail");
        assertThat(unknown).isEqualTo(wrong).isEqualTo("Identifiant ou mot de passe incorrect.");
    }

    @Test
    void shouldThrottleRepeatedFailuresPerLoginEvenWithTheRightPassword() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("075");
        for (int i = 0; i < 5; i++) {
            fromNewAddress().contentType(ContentType.JSON).body(Map.of("login", coop.login(), "password", "bad" + i))
                    .post("/api/auth/login").then().statusCode(401);
        }
        fromNewAddress().contentType(ContentType.JSON).body(Map.of("login", coop.login(), "password", Fixtures.PASSWORD))
                .post("/api/auth/login")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("detail", containsString("Réessayez dans"));
        // another login from the same kind of client is not affected
        Fixtures.Coop other = fixtures.newActiveCooperative("075");
        login(other.login(), Fixtures.PASSWORD);
    }

    @Test
    void shouldThrottleRepeatedFailuresPerClientAddress() {
        String address = "10.250.0.1";
        for (int i = 0; i < 30; i++) {
            given().header("X-Forwarded-For", address).contentType(ContentType.JSON)
                    .body(Map.of("login", "999-" + (7000 + i), "password", "guess"))
                    .post("/api/auth/login").then().statusCode(401);
        }
        Fixtures.Coop coop = fixtures.newActiveCooperative("999");
        given().header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .body(Map.of("login", coop.login(), "password", Fixtures.PASSWORD))
                .post("/api/auth/login").then().statusCode(429).header("Retry-After", notNullValue());
        login(coop.login(), Fixtures.PASSWORD); // from elsewhere it works
    }

    @Test
    void shouldAuditLoginPasswordChangeAndLogout() {
        Fixtures.Coop coop = fixtures.newCooperative("046");
        String token = login(coop.login(), "coop" + coop.number());
        String next = as(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "coop" + coop.number(), "newPassword", "Ma-Cooperative-2025"))
                .post("/api/auth/password").then().statusCode(200).extract().path("token");
        as(next).post("/api/auth/logout").then().statusCode(204);
        List<String> actions = QuarkusTransaction.requiringNew().call(() -> AuditRecord.<AuditRecord>list(
                "entityType = 'UserAccount' and entityId = ?1 order by id", String.valueOf(coop.accountId()))
                .stream().map(r -> r.action + "/" + r.actorLogin).toList());
        assertThat(actions).containsExactly("LOGIN/" + coop.login(), "PASSWORD_CHANGED/" + coop.login(), "LOGOUT/" + coop.login());
    }

    @Test
    void shouldTellWhoIsLoggedIn() {
        as(fixtures.staffToken("046")).get("/api/me").then().statusCode(200)
                .body("role", equalTo("staff"))
                .body("department.code", equalTo("046"))
                .body("cooperative", equalTo(null))
                .body("schoolYear", org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d{4}"));
    }
}
