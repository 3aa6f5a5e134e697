package org.coopenligne.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.Test;

/** Every kind of bad token is a 401 problem; none reaches a resource. */
@QuarkusTest
class TokenSecurityTest {

    @Inject Fixtures fixtures;
    @Inject JwtKeys keys;
    @Inject JWTParser parser;

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRefused(String token) {
        as(token).get("/api/me").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://coop-en-ligne.fr/problems/unauthenticated"));
    }


    private String staffId() {
        return String.valueOf(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> UserAccount.<UserAccount>find("login", "staff046").firstResult().id));
    }

    @Test
    void shouldAcceptAGenuineToken() {
        as(fixtures.staffToken("046")).get("/api/me").then().statusCode(200);
    }

    @Test
    void shouldRefuseATamperedToken() {
        String token = fixtures.staffToken("046");
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"staff\"", "\"admin\"");
        assertRefused(parts[0] + "." + b64(payload) + "." + parts[2]);
    }

    @Test
    void shouldVerifyTokensThroughTheCacheThatRemembersThem() throws Exception {
        assertThat(parser).isInstanceOf(VerifiedTokenCache.class);
        String token = fixtures.staffToken("046");
        assertThat(parser.parse(token)).isSameAs(parser.parse(token));
    }

    @Test
    void shouldReadTheGenerationClaimOnceForATokenItRemembers() throws Exception {
        VerifiedTokenCache cache = (VerifiedTokenCache) parser;
        String token = fixtures.staffToken("046");
        JsonWebToken remembered = parser.parse(token);
        Object generation = remembered.getClaim(TokenService.GENERATION_CLAIM);
        assertThat(generation).isNotNull();
        assertThat(cache.customClaim(remembered, TokenService.GENERATION_CLAIM)).isEqualTo(generation);
        assertThat(cache.customClaim(remembered, TokenService.GENERATION_CLAIM)).isEqualTo(generation);
        assertThat(cache.customClaim(remembered, "no-such-claim")).isNull();
        // A token object the cache did not give out (parsed without verification): read from the token itself
        JsonWebToken other = parser.parseOnly(token);
        assertThat(other).isNotSameAs(remembered);
        assertThat(cache.customClaim(other, TokenService.GENERATION_CLAIM)).isEqualTo(generation);
    }

    @Test
    void shouldRefuseATamperedCopyOfATokenAlreadyAccepted() {
        String token = fixtures.staffToken("046");
        as(token).get("/api/me").then().statusCode(200);
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"staff\"", "\"admin\"");
        assertRefused(parts[0] + "." + b64(payload) + "." + parts[2]);
        as(token).get("/api/me").then().statusCode(200);
    }

    @Test
    void shouldRefuseAnUnsignedToken() {
        long now = Instant.now().getEpochSecond();
        String payload = "{\"iss\":\"https://coop-en-ligne.fr\",\"aud\":\"coop-en-ligne\",\"sub\":\"" + staffId()
                + "\",\"upn\":\"staff046\",\"groups\":[\"admin\"],\"gen\":0,\"iat\":" + now + ",\"exp\":" + (now + 600) + "}";
        assertRefused(b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64(payload) + ".");
    }

    @Test
    void shouldRefuseAWrongIssuer() {
        assertRefused(Jwt.issuer("https://evil.example").audience("coop-en-ligne").subject(staffId()).upn("staff046")
                .groups(Set.of("staff")).claim("gen", 0).sign(keys.privateKey()));
    }

    @Test
    void shouldRefuseAWrongAudience() {
        assertRefused(Jwt.issuer("https://coop-en-ligne.fr").audience("other-app").subject(staffId()).upn("staff046")
                .groups(Set.of("staff")).claim("gen", 0).sign(keys.privateKey()));
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        Instant past = Instant.now().minusSeconds(7200);
        assertRefused(Jwt.issuer("https://coop-en-ligne.fr").audience("coop-en-ligne").subject(staffId()).upn("staff046")
                .groups(Set.of("staff")).claim("gen", 0).issuedAt(past).expiresAt(past.plusSeconds(1800))
                .sign(keys.privateKey()));
    }

    @Test
    void shouldRefuseATokenExpiredTenSecondsAgo() {
        // the clock skew tolerates drift between replicas (5 s), not a minute of an expired session
        Instant now = Instant.now();
        String token = Jwt.issuer("https://coop-en-ligne.fr").audience("coop-en-ligne").subject(staffId()).upn("staff046")
                .groups(Set.of("staff")).claim("gen", 0).issuedAt(now.minusSeconds(1810)).expiresAt(now.minusSeconds(10))
                .sign(keys.privateKey());
        assertRefused(token);
        // the same token a minute younger is still good: the refusal is the expiry, not the token's shape
        as(Jwt.issuer("https://coop-en-ligne.fr").audience("coop-en-ligne").subject(staffId()).upn("staff046")
                .groups(Set.of("staff")).claim("gen", 0).issuedAt(now.minusSeconds(1750)).expiresAt(now.plusSeconds(50))
                .sign(keys.privateKey())).get("/api/me").then().statusCode(200);
    }

    @Test
    void shouldRefuseATokenSignedWithAnotherKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        assertRefused(Jwt.issuer("https://coop-en-ligne.fr").audience("coop-en-ligne").subject(staffId()).upn("staff046")
                .groups(Set.of("staff")).claim("gen", 0).sign(generator.generateKeyPair().getPrivate()));
    }

    @Test
    void shouldRefuseATokenIssuedBeforeAPasswordChange() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("046");
        String before = Fixtures.login(coop.login(), Fixtures.PASSWORD);
        as(before).get("/api/me").then().statusCode(200); // verified once: remembered by VerifiedTokenCache
        as(before).contentType("application/json")
                .body("{\"currentPassword\":\"" + Fixtures.PASSWORD + "\",\"newPassword\":\"Une-Autre-Phrase-42\"}")
                .post("/api/auth/password").then().statusCode(200);
        assertRefused(before);
    }

    private static void changeAccount(String login, String assignments) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> UserAccount.update(assignments + " where login = ?1", login));
    }

    @Test
    void shouldReadTheAccountAgainBeforeTheEndpointRunsWhenThisReplicaHasSeenIt() {
        // Once a token has been used, the roles are checked against the account's last state seen on this replica
        // (AccountIdentityAugmentor), and the account is read again before the endpoint (AccountVerification).
        Fixtures.Coop coop = fixtures.newActiveCooperative("046");
        String token = fixtures.tokenOf(coop.login());
        int[] a = org.coopenligne.support.Api.open(token, coop.id());
        as(token).get("/api/me").then().statusCode(200);
        // disabled behind the server's back (no new token generation): the next save is refused and writes nothing
        changeAccount(coop.login(), "enabled = false");
        org.coopenligne.support.Api.addLine(token, a[0], a[1], org.coopenligne.support.Api.line("CP", "X", null, 1, 10))
                .statusCode(401).contentType("application/problem+json");
        assertThat(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> org.coopenligne.adhesion.Adhesion
                .<org.coopenligne.adhesion.Adhesion>findById((long) a[0]).version)).isEqualTo(a[1]);
        assertRefused(token);
        changeAccount(coop.login(), "enabled = true");
        as(token).get("/api/me").then().statusCode(200);
    }

    @Test
    void shouldRefuseARoleThatChangedSinceTheAccountWasLastSeen() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("046");
        String token = fixtures.tokenOf(coop.login());
        as(token).get("/api/cooperatives/" + coop.id()).then().statusCode(200);
        // back on an initial password (the role the mandataire had passed the check; the account read says otherwise)
        changeAccount(coop.login(), "mustChangePassword = true");
        as(token).get("/api/cooperatives/" + coop.id()).then().statusCode(401);
        // from then on the state seen is the new one: only the password change is allowed, as for any such account
        as(token).get("/api/cooperatives/" + coop.id()).then().statusCode(403);
        as(token).get("/api/me").then().statusCode(200).body("mustChangePassword", equalTo(true));
    }

    @Test
    void shouldRefuseGarbage() {
        assertRefused("not-a-token");
    }
}
