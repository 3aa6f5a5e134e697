package org.coopenligne.apitoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Api.addLine;
import static org.coopenligne.support.Api.line;
import static org.coopenligne.support.Api.open;
import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.coopenligne.common.audit.AuditRecord;
import org.coopenligne.documents.Certificate;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** API tokens: created by staff, shown once, stored hashed, read-only, one department, revocable at once. */
@QuarkusTest
class ApiTokenResourceTest {

    @Inject Fixtures fixtures;
    @Inject Clock clock;

    private String dept;
    private Fixtures.Coop coop;
    private String staff;

    @BeforeEach
    void setUp() {
        dept = fixtures.newDepartment();
        coop = fixtures.newActiveCooperative(dept);
        staff = fixtures.tokenOf(fixtures.newStaff(dept));
    }

    private record Created(long id, String secret) {}

    private Created create(String token, String name) {
        var r = as(token).contentType(ContentType.JSON).body(Map.of("name", name))
                .post("/api/departments/" + dept + "/api-tokens").then().statusCode(201)
                .body("secret", matchesPattern("coop_[A-Za-z0-9_-]{43}"))
                .body("token.name", equalTo(name)).body("token.active", equalTo(true))
                .body("token.lastUsedAt", nullValue()).extract();
        return new Created(((Number) r.path("token.id")).longValue(), r.path("secret"));
    }

    private static ApiToken stored(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ApiToken.<ApiToken>findById(id));
    }

    @Test
    void shouldShowTheSecretOnceAndStoreOnlyItsHash() {
        Created t = create(staff, "Logiciel comptable");
        ApiToken row = stored(t.id());
        assertThat(row.tokenHash).isEqualTo(ApiTokenSecrets.hash(t.secret())).hasSize(64).isNotEqualTo(t.secret());
        assertThat(row.tokenPrefix).isEqualTo(t.secret().substring(0, 9));
        assertThat(t.secret()).doesNotContain(row.tokenHash);
        String list = as(staff).get("/api/departments/" + dept + "/api-tokens").then().statusCode(200)
                .body("items.name", hasItem("Logiciel comptable")).body("totalItems", equalTo(1))
                .extract().asString();
        assertThat(list).doesNotContain(t.secret()).doesNotContain(row.tokenHash);
        AuditRecord audit = QuarkusTransaction.requiringNew().call(() -> AuditRecord.<AuditRecord>find(
                "action = 'API_TOKEN_CREATED' and entityId = ?1", String.valueOf(t.id())).firstResult());
        assertThat(audit).isNotNull();
        assertThat(audit.afterJson).contains("Logiciel comptable").doesNotContain(t.secret()).doesNotContain(row.tokenHash);
    }

    @Test
    void shouldReadTheDepartmentWithATokenAndRecordItsLastUse() {
        Created t = create(staff, "Assureur");
        as(t.secret()).get("/api/departments/" + dept + "/cooperatives").then().statusCode(200)
                .body("items.code", hasItem(coop.login().toUpperCase())).body("totalItems", equalTo(1));
        Instant first = stored(t.id()).lastUsedAt;
        assertThat(first).isEqualTo(clock.instant());
        as(staff).get("/api/departments/" + dept + "/api-tokens").then().body("items[0].lastUsedAt", notNullValue());

        // within the minute: no write
        setLastUse(t.id(), clock.instant().minusSeconds(30));
        as(t.secret()).get("/api/departments/" + dept + "/adhesions").then().statusCode(200);
        assertThat(stored(t.id()).lastUsedAt).isEqualTo(clock.instant().minusSeconds(30));
        // over a minute: written again
        setLastUse(t.id(), clock.instant().minusSeconds(120));
        as(t.secret()).get("/api/departments/" + dept + "/certificates").then().statusCode(200);
        assertThat(stored(t.id()).lastUsedAt).isEqualTo(clock.instant());
    }

    private static void setLastUse(long id, Instant when) {
        QuarkusTransaction.requiringNew().run(() -> ApiToken.update("lastUsedAt = ?1 where id = ?2", when, id));
    }

    @Test
    void shouldRefuseARevokedTokenAtOnce() {
        Created t = create(staff, "Ancien logiciel");
        as(t.secret()).get("/api/departments/" + dept + "/cooperatives").then().statusCode(200);
        as(staff).post("/api/departments/" + dept + "/api-tokens/" + t.id() + "/revocation").then().statusCode(200)
                .body("active", equalTo(false)).body("revokedAt", notNullValue()).body("revokedBy", notNullValue());
        as(t.secret()).get("/api/departments/" + dept + "/cooperatives").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
        // revoking again changes nothing and records nothing more
        as(staff).post("/api/departments/" + dept + "/api-tokens/" + t.id() + "/revocation").then().statusCode(200)
                .body("active", equalTo(false));
        long audits = QuarkusTransaction.requiringNew().call(() -> AuditRecord.count(
                "action = 'API_TOKEN_REVOKED' and entityId = ?1", String.valueOf(t.id())));
        assertThat(audits).isEqualTo(1);
    }

    @Test
    void shouldRefuseUnknownAndMalformedTokensWhileJwtsStillWork() {
        as("coop_" + "A".repeat(43)).get("/api/departments/" + dept + "/cooperatives").then().statusCode(401);
        as("coop_short").get("/api/departments/" + dept + "/cooperatives").then().statusCode(401);
        as("not-a-jwt").get("/api/departments/" + dept + "/cooperatives").then().statusCode(401);
        as(staff).get("/api/departments/" + dept + "/cooperatives").then().statusCode(200);
        as(fixtures.tokenOf(coop.login())).get("/api/me").then().statusCode(200).body("role", equalTo("mandataire"));
    }

    @Test
    void shouldKeepAnIntegratorInItsDepartment() {
        Created t = create(staff, "Statistiques");
        for (String what : List.of("cooperatives", "adhesions", "certificates")) {
            as(t.secret()).get("/api/departments/038/" + what).then().statusCode(403);
            as(t.secret()).get("/api/departments/" + dept + "/" + what).then().statusCode(200);
        }
        as(t.secret()).get("/api/cooperatives/" + coop.id()).then().statusCode(403);
        as(t.secret()).get("/api/cooperatives").then().statusCode(403);
        as(t.secret()).get("/api/departments/" + dept + "/api-tokens").then().statusCode(403);
        as(t.secret()).get("/api/departments/" + dept + "/mails").then().statusCode(403);
    }

    @Test
    void shouldRefuseEveryChangeWithAToken() {
        Created t = create(staff, "Lecture seule");
        as(t.secret()).contentType(ContentType.JSON).body(Map.of("name", "Un autre"))
                .post("/api/departments/" + dept + "/api-tokens").then().statusCode(403)
                .body("detail", matchesPattern(".*jeton d'API.*"));
        as(t.secret()).post("/api/departments/" + dept + "/api-tokens/" + t.id() + "/revocation").then().statusCode(403);
        as(t.secret()).contentType(ContentType.JSON).body(Map.of("version", 0, "city", "AILLEURS"))
                .patch("/api/cooperatives/" + coop.id()).then().statusCode(403);
        as(t.secret()).post("/api/cooperatives/" + coop.id() + "/adhesions/2025-2026").then().statusCode(403);
        as(t.secret()).post("/api/auth/logout").then().statusCode(403);
        assertThat(stored(t.id()).revokedAt).isNull();
        long tokens = QuarkusTransaction.requiringNew().call(() -> ApiToken.count("departmentId = ?1", coop.departmentId()));
        assertThat(tokens).isEqualTo(1);
    }

    @Test
    void shouldLetOnlyStaffOfTheDepartmentAndTheAdminManageTokens() {
        String otherStaff = fixtures.tokenOf(fixtures.newStaff("038"));
        String mandataire = fixtures.tokenOf(coop.login());
        Created t = create(staff, "Logiciel");
        for (String token : List.of(otherStaff, mandataire)) {
            as(token).get("/api/departments/" + dept + "/api-tokens").then().statusCode(403);
            as(token).contentType(ContentType.JSON).body(Map.of("name", "x")).post("/api/departments/" + dept + "/api-tokens")
                    .then().statusCode(403);
            as(token).post("/api/departments/" + dept + "/api-tokens/" + t.id() + "/revocation").then().statusCode(403);
        }
        assertThat(stored(t.id()).revokedAt).isNull();
        Created byAdmin = create(fixtures.adminToken(), "Créé par la fédération");
        assertThat(stored(byAdmin.id()).createdBy).isEqualTo("admin");
        // a token of another department is not found here
        String otherDept = fixtures.newDepartment();
        String otherDeptStaff = fixtures.tokenOf(fixtures.newStaff(otherDept));
        as(otherDeptStaff).post("/api/departments/" + otherDept + "/api-tokens/" + t.id() + "/revocation").then().statusCode(404);
    }

    @Test
    void shouldRefuseABadName() {
        as(staff).contentType(ContentType.JSON).body(Map.of("name", " ")).post("/api/departments/" + dept + "/api-tokens")
                .then().statusCode(400).body("violations[0].field", equalTo("name"));
        as(staff).contentType(ContentType.JSON).body(Map.of("name", "x".repeat(81))).post("/api/departments/" + dept + "/api-tokens")
                .then().statusCode(400).body("violations[0].field", equalTo("name"));
        long tokens = QuarkusTransaction.requiringNew().call(() -> ApiToken.count("departmentId = ?1", coop.departmentId()));
        assertThat(tokens).isZero();
    }

    @Test
    void shouldGiveAdhesionsWithLinesAndFeesButNoPersonalData() {
        String mandataire = fixtures.tokenOf(coop.login());
        int[] opened = open(mandataire, coop.id());
        addLine(mandataire, opened[0], opened[1], line("CM1-CM2", "Mme SECRETE", "secrete@example.org", 1, 24)).statusCode(201);
        Fixtures.Coop second = fixtures.newActiveCooperative(dept);
        String m2 = fixtures.tokenOf(second.login());
        int[] o2 = open(m2, second.id());
        addLine(m2, o2[0], o2[1], line("CP", "M. DISCRET", null, 1, 20)).statusCode(201);
        Created t = create(staff, "Assureur");

        String body = as(t.secret()).queryParam("year", "2025-2026").queryParam("size", 1)
                .get("/api/departments/" + dept + "/adhesions").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("totalPages", equalTo(2)).body("items", hasSize(1))
                .body("items[0].cooperativeCode", equalTo(coop.login().toUpperCase()))
                .body("items[0].status", equalTo("DRAFT"))
                .body("items[0].lines[0].className", equalTo("CM1-CM2"))
                .body("items[0].lines[0].total", equalTo(25))
                .body("items[0].totals.members", equalTo(25))
                // the test tariff: 2,00 € per member, not insured: 25 x 2,00 €
                .body("items[0].fee.total", equalTo(50.0f))
                .body("items[0].fee.lines.code", hasItem("MEMBERSHIP"))
                .extract().asString();
        assertThat(body).doesNotContain("SECRETE").doesNotContain("secrete@example.org").doesNotContain("teacher");
        as(t.secret()).queryParam("year", "2025-2026").queryParam("page", 1).queryParam("size", 1)
                .get("/api/departments/" + dept + "/adhesions").then().statusCode(200)
                .body("items[0].lines[0].className", equalTo("CP"));
        as(t.secret()).queryParam("year", "2025-2026").queryParam("status", "VALIDATED")
                .get("/api/departments/" + dept + "/adhesions").then().statusCode(200).body("totalItems", equalTo(0));
        as(t.secret()).queryParam("year", "2025-2026").queryParam("status", "DRAFT")
                .get("/api/departments/" + dept + "/adhesions").then().statusCode(200).body("totalItems", equalTo(2));

        String coops = as(t.secret()).get("/api/departments/" + dept + "/cooperatives").then().statusCode(200)
                .body("items[0].uai", notNullValue()).body("items[0].schoolEmail", notNullValue()).extract().asString();
        assertThat(coops).doesNotContain("Marie TESTEUR").doesNotContain("marie@example.org").doesNotContain("1 234 56 X")
                .doesNotContain("Banque Postale").doesNotContain("mandataire");
    }

    @Test
    void shouldReadAPageOfAdhesionsInAFixedNumberOfQueries() {
        for (int i = 0; i < 3; i++) {
            Fixtures.Coop c = i == 0 ? coop : fixtures.newActiveCooperative(dept);
            String m = fixtures.tokenOf(c.login());
            int[] o = open(m, c.id());
            int v = addLine(m, o[0], o[1], line("CP", null, null, 1, 20)).statusCode(201).extract().path("version");
            addLine(m, o[0], v, line("CE1", null, null, 1, 21)).statusCode(201);
        }
        Created t = create(staff, "Compteur");
        String path = "/api/departments/" + dept + "/adhesions?year=2025-2026&size=";
        as(t.secret()).get(path + 1).then().statusCode(200); // records the last use (one write, once)
        long one = statements(() -> as(t.secret()).get(path + 1).then().statusCode(200).body("items", hasSize(1)));
        long three = statements(() -> as(t.secret()).get(path + 3).then().statusCode(200).body("items", hasSize(3))
                .body("items[2].lines", hasSize(2)));
        assertThat(one).as("statements are counted").isGreaterThan(2);
        assertThat(three).as("queries of a page of 3 adhesions (a page of 1: %d)", one).isEqualTo(one);
    }

    private long statements(Runnable call) {
        org.hibernate.stat.Statistics stats = sessionFactory.getStatistics();
        stats.setStatisticsEnabled(true);
        stats.clear();
        try {
            call.run();
            return stats.getPrepareStatementCount();
        } finally {
            stats.setStatisticsEnabled(false);
        }
    }

    @Inject org.hibernate.SessionFactory sessionFactory;

    @Test
    void shouldListCertificatesWithTheirValidity() {
        long adhesionId = open(fixtures.tokenOf(coop.login()), coop.id())[0];
        QuarkusTransaction.requiringNew().run(() -> {
            certificate(adhesionId, "AAAA-BBBB-CC01", Certificate.Kind.MEMBERSHIP, null);
            certificate(adhesionId, "AAAA-BBBB-CC02", Certificate.Kind.INSURANCE, Instant.parse("2025-09-14T10:00:00Z"));
        });
        Created t = create(staff, "Mairie");
        as(t.secret()).queryParam("year", "2025-2026").get("/api/departments/" + dept + "/certificates").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.verificationCode", hasItem(code("AAAA-BBBB-CC01")));
        as(t.secret()).queryParam("year", "2025-2026").queryParam("valid", "true").get("/api/departments/" + dept + "/certificates")
                .then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].verificationCode", equalTo(code("AAAA-BBBB-CC01"))).body("items[0].valid", equalTo(true))
                .body("items[0].cooperativeCode", equalTo(coop.login().toUpperCase()));
        as(t.secret()).queryParam("year", "2025-2026").queryParam("valid", "false").get("/api/departments/" + dept + "/certificates")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].valid", equalTo(false))
                .body("items[0].revokedAt", notNullValue());
        as(t.secret()).queryParam("year", "2024-2025").get("/api/departments/" + dept + "/certificates").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    private String code(String code) {
        return code.replace("AAAA", "A" + coop.number().substring(1));
    }

    private void certificate(long adhesionId, String code, Certificate.Kind kind, Instant revokedAt) {
        Certificate c = new Certificate();
        c.adhesionId = adhesionId;
        c.departmentId = coop.departmentId();
        c.cooperativeId = coop.id();
        c.schoolYear = "2025-2026";
        c.registrationCode = "25/0001 A";
        c.kind = kind;
        c.verificationCode = code(code);
        c.issuedAt = Instant.parse("2025-09-13T10:00:00Z");
        c.revokedAt = revokedAt;
        c.persist();
    }

    @Test
    void shouldBoundPagesAndValidateFilters() {
        Created t = create(staff, "Bornes");
        String base = "/api/departments/" + dept + "/";
        for (String what : List.of("cooperatives", "adhesions", "certificates", "api-tokens")) {
            String token = what.equals("api-tokens") ? staff : t.secret();
            as(token).queryParam("size", 101).get(base + what).then().statusCode(400).body("violations[0].field", equalTo("size"));
            as(token).queryParam("size", 0).get(base + what).then().statusCode(400);
            as(token).queryParam("page", -1).get(base + what).then().statusCode(400).body("violations[0].field", equalTo("page"));
            as(token).queryParam("size", 100).get(base + what).then().statusCode(200).body("size", equalTo(100));
        }
        as(t.secret()).queryParam("status", "PAID").get(base + "adhesions").then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
        as(t.secret()).queryParam("status", "NOT_STARTED").get(base + "adhesions").then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
        as(t.secret()).queryParam("year", "2025").get(base + "adhesions").then().statusCode(400)
                .body("violations[0].field", equalTo("year"));
        as(t.secret()).queryParam("year", "2025-2027").get(base + "certificates").then().statusCode(400);
        as(t.secret()).queryParam("valid", "oui").get(base + "certificates").then().statusCode(400)
                .body("violations[0].field", equalTo("valid"));
        as(t.secret()).queryParam("q", "x".repeat(101)).get(base + "cooperatives").then().statusCode(400);
        as(t.secret()).get("/api/departments/999X/cooperatives").then().statusCode(not(equalTo(200)));
    }
}
