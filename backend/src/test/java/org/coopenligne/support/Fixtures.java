package org.coopenligne.support;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.coopenligne.auth.PasswordHasher;
import org.coopenligne.common.security.Role;
import org.coopenligne.auth.TokenService;
import org.coopenligne.auth.UserAccount;
import org.coopenligne.cooperative.Cooperative;
import org.coopenligne.department.Department;

/**
 * Test data of one's own: each test creates the cooperatives and accounts it changes, so tests never
 * depend on each other's order. Numbers start at 5000 (the demo data stays below).
 */
@ApplicationScoped
public class Fixtures {

    public static final String PASSWORD = "Bonne-Annee-2025";
    private static final AtomicInteger NEXT_NUMBER = new AtomicInteger(5000);
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    @Inject PasswordHasher hasher;
    @Inject TokenService tokens;

    private String passwordHash;

    public record Coop(long id, long departmentId, String departmentCode, String number, String login, long accountId) {}

    /** A cooperative in the department, with a mandataire whose password is still the initial one. */
    public Coop newCooperative(String departmentCode) {
        return newCooperative(departmentCode, false);
    }

    /** A cooperative whose mandataire already chose a password ({@link #PASSWORD}). */
    public Coop newActiveCooperative(String departmentCode) {
        return newCooperative(departmentCode, true);
    }

    private Coop newCooperative(String departmentCode, boolean active) {
        String hash = active ? passwordHash() : null;
        return QuarkusTransaction.requiringNew().call(() -> {
            Department d = Department.find("code", departmentCode).firstResult();
            Cooperative c = new Cooperative();
            c.departmentId = d.id;
            c.departmentCode = d.code;
            c.number = String.format("%04d", NEXT_NUMBER.getAndIncrement());
            c.schoolName = "École de test " + c.number;
            c.schoolType = "École élémentaire publique";
            c.addressLine = "1 rue des Tests";
            c.postalCode = "46000";
            c.city = "CAHORS";
            c.uai = d.code + c.number + "T";
            c.schoolEmail = "ce." + c.number + "@example.org";
            c.mandataireName = "Marie TESTEUR";
            c.mandataireEmail = "marie@example.org";
            c.bankName = "Banque Postale";
            c.bankAccount = "1 234 56 X";
            c.persist();
            UserAccount a = mandataireAccount(c, hash);
            return new Coop(c.id, d.id, d.code, c.number, a.login, a.id);
        });
    }

    /**
     * The account of a new cooperative's mandataire (in the caller's transaction): its login is the cooperative's code;
     * without a password hash, the mandataire has yet to choose a password.
     */
    static UserAccount mandataireAccount(Cooperative c, String passwordHash) {
        UserAccount a = new UserAccount();
        a.login = c.code().toLowerCase();
        a.role = Role.MANDATAIRE;
        a.displayName = c.mandataireName;
        a.departmentId = c.departmentId;
        a.cooperativeId = c.id;
        a.passwordHash = passwordHash;
        a.mustChangePassword = passwordHash == null;
        a.persist();
        return a;
    }

    private static final AtomicInteger NEXT_DEPARTMENT = new AtomicInteger(100);

    /**
     * A department of its own (the next free code from 100 on, skipping the demo's and any left in the database by an
     * earlier run), with a tariff for 2025-2026: 2,00 € per member, insurance
     * 0,20 € per member, open 1 to 30 September, transfer or cheque, one subscription "Revue" at 3,00 €.
     */
    public String newDepartment() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Department d = new Department();
            d.code = nextFreeDepartmentCode();
            d.name = "OCCE de test " + d.code;
            d.city = "TESTVILLE";
            d.persist();
            org.coopenligne.tariff.Tariff.forCampaign(d.id, org.coopenligne.common.SchoolYear.parse("2025-2026"),
                            new java.math.BigDecimal("0.00"),
                            new org.coopenligne.tariff.MemberRates(org.coopenligne.tariff.RateMode.PER_MEMBER, new java.math.BigDecimal("2.0000"), null, null),
                            false,
                            new org.coopenligne.tariff.MemberRates(org.coopenligne.tariff.RateMode.PER_MEMBER, new java.math.BigDecimal("0.2000"), null, null),
                            "CHEQUE,TRANSFER")
                    .subscribe("Revue", new java.math.BigDecimal("3.00"))
                    .persist();
            return d.code;
        });
    }

    private static String nextFreeDepartmentCode() {
        while (true) {
            int n = NEXT_DEPARTMENT.getAndIncrement();
            if (n > 989) {
                throw new IllegalStateException("No free department code left for the tests (100 to 989)");
            }
            String code = String.valueOf(n);
            if (Department.count("code", code) == 0) {
                return code;
            }
        }
    }

    /** A staff account of the department, with password {@link #PASSWORD}. */
    public String newStaff(String departmentCode) {
        String hash = passwordHash();
        return QuarkusTransaction.requiringNew().call(() -> {
            Department d = Department.find("code", departmentCode).firstResult();
            UserAccount a = new UserAccount();
            a.login = "staff-test-" + NEXT_NUMBER.getAndIncrement();
            a.role = Role.STAFF;
            a.displayName = "Agent de test";
            a.departmentId = d.id;
            a.passwordHash = hash;
            a.persist();
            return a.login;
        });
    }

    /** A valid token for the account, minted directly (no login, no hash): for authorization tests. */
    public String tokenOf(String login) {
        return QuarkusTransaction.requiringNew().call(() -> {
            UserAccount a = UserAccount.find("login", login).firstResult();
            return tokens.issue(a).token();
        });
    }

    public String staffToken(String departmentCode) {
        return tokenOf("staff" + departmentCode);
    }

    public String adminToken() {
        return tokenOf("admin");
    }

    private synchronized String passwordHash() {
        if (passwordHash == null) {
            passwordHash = hasher.hash(PASSWORD);
        }
        return passwordHash;
    }

    /** A request from a client address of its own, so that the per-address login throttle of one test does not touch another. */
    public static RequestSpecification fromNewAddress() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return given().header("X-Forwarded-For", "10.1." + (n / 250) + "." + (1 + n % 250));
    }

    public static RequestSpecification as(String token) {
        return fromNewAddress().auth().oauth2(token);
    }

    /** Logs in through the API; returns the token. */
    public static String login(String login, String password) {
        return fromNewAddress().contentType(ContentType.JSON)
                .body(Map.of("login", login, "password", password))
                .post("/api/auth/login").then().statusCode(200).extract().path("token");
    }

    public static String staffPassword() {
        return TestWorld.STAFF_PASSWORD;
    }

    /** Integrators: a new API token of the department, stored as the service stores it; returns its id and secret. */
    public ApiTokenSecret newApiToken(String departmentCode) {
        String secret = org.coopenligne.apitoken.ApiTokenSecrets.generate();
        return QuarkusTransaction.requiringNew().call(() -> {
            Department d = Department.find("code", departmentCode).firstResult();
            org.coopenligne.apitoken.ApiToken t = new org.coopenligne.apitoken.ApiToken();
            t.departmentId = d.id;
            t.name = "Jeton de test";
            t.tokenHash = org.coopenligne.apitoken.ApiTokenSecrets.hash(secret);
            t.tokenPrefix = org.coopenligne.apitoken.ApiTokenSecrets.displayPrefix(secret);
            t.createdBy = "test";
            t.createdAt = java.time.Instant.now();
            t.persist();
            return new ApiTokenSecret(t.id, secret);
        });
    }

    public record ApiTokenSecret(long id, String secret) {}
}
