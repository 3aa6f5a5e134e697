package org.coopenligne.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Fixtures.as;
import static org.coopenligne.support.Fixtures.login;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.coopenligne.common.audit.AuditRecord;
import org.coopenligne.support.Fixtures;
import org.coopenligne.support.MailboxTest;
import org.junit.jupiter.api.Test;

/** Accounts (issue 6): staff reset a mandataire's password; the admin manages departments and staff accounts. */
@QuarkusTest
class AccountResourceTest extends MailboxTest {

    private static final String ONE_TIME = "[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}";
    /** Departments created through the API by this class: 700 to 799. */
    private static final AtomicInteger NEXT_CODE = new AtomicInteger(700);

    private static List<String> auditActions(String entityType, Object entityId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditRecord.<AuditRecord>list(
                "entityType = ?1 and entityId = ?2 order by id", entityType, String.valueOf(entityId))
                .stream().map(r -> r.action + "/" + r.actorLogin).toList());
    }

    // --- a mandataire's password, reset by staff ---

    @Test
    void shouldResetAMandatairesPasswordShowItOnceEmailItAndEndItsSessions() {
        String dept = fixtures.newDepartment();
        Fixtures.Coop coop = fixtures.newActiveCooperative(dept);
        String staffLogin = fixtures.newStaff(dept);
        String before = login(coop.login(), Fixtures.PASSWORD);
        as(before).get("/api/me").then().statusCode(200);

        String password = as(fixtures.tokenOf(staffLogin)).post("/api/cooperatives/" + coop.id() + "/password-reset").then()
                .statusCode(200)
                .body("login", equalTo(coop.login().toUpperCase()))
                .body("emailedTo", equalTo("marie@example.org"))
                .body("oneTimePassword", matchesPattern(ONE_TIME))
                .extract().path("oneTimePassword");

        as(before).get("/api/me").then().statusCode(401);
        Fixtures.fromNewAddress().contentType(ContentType.JSON).body(Map.of("login", coop.login(), "password", Fixtures.PASSWORD))
                .post("/api/auth/login").then().statusCode(401);
        String fresh = login(coop.login(), password);
        as(fresh).get("/api/me").then().statusCode(200).body("mustChangePassword", equalTo(true));

        List<Mail> mails = mailbox.getMailsSentTo("marie@example.org");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Votre mot de passe provisoire pour la coopérative " + coop.login().toUpperCase());
        assertThat(mails.get(0).getText()).contains("Votre mot de passe provisoire : " + password, "OCCE de test " + dept);
        assertThat(auditActions("UserAccount", coop.accountId())).contains("PASSWORD_RESET/" + staffLogin);
        String reason = QuarkusTransaction.requiringNew().call(() -> AuditRecord.<AuditRecord>find(
                "entityType = 'UserAccount' and entityId = ?1 and action = 'PASSWORD_RESET'", String.valueOf(coop.accountId()))
                .singleResult().afterJson);
        assertThat(reason).contains("Réinitialisation par " + staffLogin).doesNotContain(password);
    }

    @Test
    void shouldLetOnlyTheStaffOfTheDepartmentResetAMandatairesPassword() {
        String dept = fixtures.newDepartment();
        Fixtures.Coop coop = fixtures.newActiveCooperative(dept);
        as(fixtures.tokenOf(fixtures.newStaff("038"))).post("/api/cooperatives/" + coop.id() + "/password-reset").then().statusCode(403)
                .contentType("application/problem+json");
        as(fixtures.tokenOf(coop.login())).post("/api/cooperatives/" + coop.id() + "/password-reset").then().statusCode(403);
        as(fixtures.adminToken()).post("/api/cooperatives/999999/password-reset").then().statusCode(404)
                .body("detail", equalTo("Cette coopérative n'existe pas."));
        assertThat(mailbox.getTotalMessagesSent()).isZero();
        // the mandataire's password still works
        login(coop.login(), Fixtures.PASSWORD);
    }

    // --- departments, by the admin ---

    @Test
    void shouldLetTheAdminCreateAndRenameADepartment() {
        String code = String.valueOf(NEXT_CODE.getAndIncrement());
        String admin = fixtures.adminToken();
        int id = as(admin).contentType(ContentType.JSON).body(Map.of("code", code, "name", "OCCE de la Création"))
                .post("/api/departments").then().statusCode(201)
                .body("code", equalTo(code)).body("name", equalTo("OCCE de la Création")).body("version", equalTo(0))
                .extract().path("id");
        as(admin).contentType(ContentType.JSON).body(Map.of("code", code, "name", "Doublon"))
                .post("/api/departments").then().statusCode(409)
                .body("violations[0].field", equalTo("code")).body("detail", equalTo("Le département « " + code + " » existe déjà."));
        as(admin).contentType(ContentType.JSON).body(Map.of("code", "4", "name", "x"))
                .post("/api/departments").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("code", "name"));

        as(admin).contentType(ContentType.JSON).body(Map.of("version", 0, "name", "OCCE Renommée"))
                .put("/api/departments/" + code).then().statusCode(200).body("name", equalTo("OCCE Renommée")).body("version", equalTo(1));
        as(admin).contentType(ContentType.JSON).body(Map.of("version", 0, "name", "Trop tard"))
                .put("/api/departments/" + code).then().statusCode(409).body("type", containsString("stale-version"));
        as(admin).get("/api/departments/" + code).then().statusCode(200).body("name", equalTo("OCCE Renommée"));
        assertThat(auditActions("Department", id)).containsExactly("DEPARTMENT_CREATED/admin", "DEPARTMENT_UPDATED/admin");
    }

    @Test
    void shouldRefuseDepartmentChangesToStaff() {
        String staff = fixtures.staffToken("046");
        as(staff).contentType(ContentType.JSON).body(Map.of("code", "00B", "name", "OCCE Pirate"))
                .post("/api/departments").then().statusCode(403);
        as(staff).contentType(ContentType.JSON).body(Map.of("version", 0, "name", "OCCE Pirate"))
                .put("/api/departments/046").then().statusCode(403);
        as(fixtures.adminToken()).get("/api/departments/00B").then().statusCode(404);
    }

    // --- staff accounts, by the admin ---

    private static ValidatableResponse createStaff(String admin, String dept, String login, String name) {
        return as(admin).contentType(ContentType.JSON).body(Map.of("login", login, "displayName", name))
                .post("/api/departments/" + dept + "/staff-accounts").then();
    }

    @Test
    void shouldCreateAStaffAccountWithAOneTimePasswordAndListIt() {
        String dept = fixtures.newDepartment();
        String admin = fixtures.adminToken();
        String loginName = "M.Durand" + dept;
        ValidatableResponse created = createStaff(admin, dept, loginName, "Marc DURAND").statusCode(201)
                .body("account.login", equalTo(loginName.toLowerCase()))
                .body("account.departmentCode", equalTo(dept))
                .body("account.mustChangePassword", equalTo(true))
                .body("password.oneTimePassword", matchesPattern(ONE_TIME));
        String password = created.extract().path("password.oneTimePassword");
        int id = created.extract().path("account.id");
        String token = login(loginName.toLowerCase(), password);
        as(token).get("/api/me").then().statusCode(200).body("role", equalTo("staff")).body("mustChangePassword", equalTo(true))
                .body("department.code", equalTo(dept));

        createStaff(admin, dept, loginName.toUpperCase(), "Autre").statusCode(409)
                .body("violations[0].field", equalTo("login")).body("detail", containsString("est déjà utilisé"));
        createStaff(admin, dept, "038-1234", "Pas un mandataire").statusCode(400)
                .body("violations[0].field", equalTo("login")).body("violations[0].message", containsString("en commençant par une lettre"));
        createStaff(admin, dept, "ok.login" + dept, " ").statusCode(400).body("violations[0].field", equalTo("displayName"));
        createStaff(admin, "00A", "nobody" + dept, "Personne").statusCode(404);

        createStaff(admin, dept, "a.second" + dept, "Anne SECONDE").statusCode(201);
        as(admin).get("/api/departments/" + dept + "/staff-accounts?size=1").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("totalPages", equalTo(2)).body("items[0].login", equalTo("a.second" + dept));
        as(admin).get("/api/departments/" + dept + "/staff-accounts?size=101").then().statusCode(400);
        assertThat(auditActions("UserAccount", id)).first().isEqualTo("STAFF_ACCOUNT_CREATED/admin");
    }

    @Test
    void shouldDisableAStaffAccountEndingItsSessionsThenEnableIt() {
        String dept = fixtures.newDepartment();
        String staffLogin = fixtures.newStaff(dept);
        String admin = fixtures.adminToken();
        String session = login(staffLogin, Fixtures.PASSWORD);
        Map<String, Object> account = as(admin).get("/api/departments/" + dept + "/staff-accounts").then().statusCode(200)
                .extract().path("items[0]");
        int id = (Integer) account.get("id");
        int version = (Integer) account.get("version");

        as(admin).contentType(ContentType.JSON).body(Map.of("version", version, "displayName", "Agent parti", "enabled", false))
                .put("/api/staff-accounts/" + id).then().statusCode(200).body("enabled", equalTo(false)).body("displayName", equalTo("Agent parti"));
        as(session).get("/api/me").then().statusCode(401);
        Fixtures.fromNewAddress().contentType(ContentType.JSON).body(Map.of("login", staffLogin, "password", Fixtures.PASSWORD))
                .post("/api/auth/login").then().statusCode(401);
        as(admin).contentType(ContentType.JSON).body(Map.of("version", version, "displayName", "Agent", "enabled", true))
                .put("/api/staff-accounts/" + id).then().statusCode(409).body("type", containsString("stale-version"));

        as(admin).contentType(ContentType.JSON).body(Map.of("version", version + 1, "displayName", "Agent revenu", "enabled", true))
                .put("/api/staff-accounts/" + id).then().statusCode(200).body("enabled", equalTo(true));
        login(staffLogin, Fixtures.PASSWORD);
        assertThat(auditActions("UserAccount", id)).contains("STAFF_ACCOUNT_DISABLED/admin", "STAFF_ACCOUNT_UPDATED/admin");
    }

    @Test
    void shouldResetAStaffPasswordEndingItsSessions() {
        String dept = fixtures.newDepartment();
        String staffLogin = fixtures.newStaff(dept);
        String session = login(staffLogin, Fixtures.PASSWORD);
        long id = QuarkusTransaction.requiringNew().call(() -> org.coopenligne.auth.UserAccount.<org.coopenligne.auth.UserAccount>find(
                "login", staffLogin).firstResult().id);
        String password = as(fixtures.adminToken()).post("/api/staff-accounts/" + id + "/password-reset").then().statusCode(200)
                .body("login", equalTo(staffLogin)).body("emailedTo", equalTo(null)).extract().path("oneTimePassword");
        as(session).get("/api/me").then().statusCode(401);
        as(login(staffLogin, password)).get("/api/me").then().statusCode(200).body("mustChangePassword", equalTo(true));
        assertThat(auditActions("UserAccount", id)).contains("PASSWORD_RESET/admin");
    }

    @Test
    void shouldKeepStaffAccountsToTheAdmin() {
        String dept = fixtures.newDepartment();
        String staffLogin = fixtures.newStaff(dept);
        String staff = fixtures.tokenOf(staffLogin);
        long id = QuarkusTransaction.requiringNew().call(() -> org.coopenligne.auth.UserAccount.<org.coopenligne.auth.UserAccount>find(
                "login", staffLogin).firstResult().id);
        as(staff).get("/api/departments/" + dept + "/staff-accounts").then().statusCode(403);
        createStaff(staff, dept, "intrus" + dept, "Intrus").statusCode(403);
        as(staff).post("/api/staff-accounts/" + id + "/password-reset").then().statusCode(403);
        as(staff).contentType(ContentType.JSON).body(Map.of("version", 0, "displayName", "Moi", "enabled", true))
                .put("/api/staff-accounts/" + id).then().statusCode(403);
        // a mandataire's account is not a staff account
        Fixtures.Coop coop = fixtures.newActiveCooperative(dept);
        as(fixtures.adminToken()).post("/api/staff-accounts/" + coop.accountId() + "/password-reset").then().statusCode(404)
                .body("detail", equalTo("Ce compte du personnel n'existe pas."));
        as(fixtures.adminToken()).get("/api/departments/" + dept + "/staff-accounts").then().statusCode(200)
                .body("items.login", hasItem(staffLogin)).body("items.login", org.hamcrest.Matchers.not(hasItem(coop.login())));
    }
}
