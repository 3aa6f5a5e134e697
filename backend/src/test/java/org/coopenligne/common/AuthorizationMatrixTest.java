package org.coopenligne.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.coopenligne.cooperative.Cooperative;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation of the committed openapi.yaml with every role and checks the answer's status.
 * An operation of the contract that has no line here fails the test: a new endpoint cannot be added
 * without saying who may call it.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /** Who calls. The target is always cooperative X of department 046 (or department 046 itself). */
    enum Caller {
        ANONYMOUS, MANDATAIRE, OTHER_MANDATAIRE, INITIAL_PASSWORD, STAFF, OTHER_STAFF, ADMIN
    }

    /** Expected status per caller, in {@link Caller} order. */
    private static final Map<String, int[]> EXPECTED = new LinkedHashMap<>();

    static {
        //                                        anon  mand  other init  staff ostaf admin
        EXPECTED.put("login",                     new int[] {200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("changePassword",            new int[] {401, 400, 400, 400, 400, 400, 400});
        EXPECTED.put("logout",                    new int[] {401, 204, 204, 204, 204, 204, 204});
        EXPECTED.put("getMe",                     new int[] {401, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("listDepartments",           new int[] {401, 200, 200, 403, 200, 200, 200});
        EXPECTED.put("getDepartment",             new int[] {401, 200, 200, 403, 200, 403, 200});
        EXPECTED.put("searchCooperatives",        new int[] {401, 403, 403, 403, 200, 200, 200});
        EXPECTED.put("getCooperative",            new int[] {401, 200, 403, 403, 200, 403, 200});
        EXPECTED.put("updateCooperativeIdentity", new int[] {401, 200, 403, 403, 200, 403, 200});
        // adhesions (0 = passes authorization; the answer then depends on the state other callers left)
        EXPECTED.put("getAdhesion",               new int[] {401, 200, 403, 403, 200, 403, 200});
        EXPECTED.put("openAdhesion",              new int[] {401,   0, 403, 403,   0, 403,   0});
        EXPECTED.put("getAdhesionById",           new int[] {401, 200, 403, 403, 200, 403, 200});
        EXPECTED.put("addClassLine",              new int[] {401, 201, 403, 403, 201, 403, 201});
        EXPECTED.put("updateClassLine",           new int[] {401, 200, 403, 403, 200, 403, 200});
        EXPECTED.put("deleteClassLine",           new int[] {401,   0, 403, 403,   0, 403,   0});
        EXPECTED.put("declareAdhesion",           new int[] {401, 200, 403, 403, 200, 403, 200});
        EXPECTED.put("submitAdhesion",            new int[] {401,   0, 403, 403,   0, 403,   0});
        EXPECTED.put("quoteAdhesion",             new int[] {401, 200, 403, 403, 200, 403, 200});
        // tariffs of the target's department
        EXPECTED.put("getTariff",                 new int[] {401, 200, 200, 403, 200, 403, 200});
        EXPECTED.put("getTariffDefaults",         new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("putTariff",                 new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("copyPreviousTariff",        new int[] {401, 403, 403, 403,   0, 403,   0});
        // review (the target's adhesion is a draft: staff are authorized, then refused by the status machine)
        EXPECTED.put("getReviewQueue",            new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("updateReview",              new int[] {401, 403, 403, 403,   0, 403,   0});
        EXPECTED.put("requestCorrection",         new int[] {401, 403, 403, 403,   0, 403,   0});
        EXPECTED.put("validateAdhesion",          new int[] {401, 403, 403, 403,   0, 403,   0});
        EXPECTED.put("reopenAdhesion",            new int[] {401, 403, 403, 403,   0, 403,   0});
        // documents and certificates
        EXPECTED.put("getEngagementPdf",          new int[] {401, 200, 403, 403, 200, 403, 200});
        EXPECTED.put("uploadEngagement",          new int[] {401, 201, 403, 403, 201, 403, 201});
        EXPECTED.put("listEngagementUploads",     new int[] {401, 200, 403, 403, 200, 403, 200});
        EXPECTED.put("getDocumentContent",        new int[] {401, 200, 403, 403, 200, 403, 200});
        EXPECTED.put("listCertificates",          new int[] {401, 200, 403, 403, 200, 403, 200});
        EXPECTED.put("getCertificatePdf",         new int[] {401, 404, 403, 403, 404, 403, 404});
        EXPECTED.put("verifyCertificate",         new int[] {404, 404, 404, 404, 404, 404, 404});
        EXPECTED.put("getDepartmentContact",      new int[] {200, 200, 200, 200, 200, 200, 200});
        // ledger: only the mandataire writes in the cooperative's ledger
        EXPECTED.put("recordAdhesionPayment",     new int[] {401, 409, 403, 403, 403, 403, 403});
        EXPECTED.put("listLedgerEntries",         new int[] {401, 200, 403, 403, 200, 403, 200});
        EXPECTED.put("getLedgerNextNumbers",      new int[] {401, 200, 403, 403, 200, 403, 200});
        EXPECTED.put("getLedger",                 new int[] {401, 200, 403, 403, 200, 403, 200});
        EXPECTED.put("getLedgerHeadings",         new int[] {401, 200, 403, 403, 200, 403, 200});
        EXPECTED.put("createLedgerEntry",         new int[] {401, 201, 403, 403, 403, 403, 403});
        EXPECTED.put("putLedgerOpening",          new int[] {401, 200, 403, 403, 403, 403, 403});
        EXPECTED.put("updateLedgerEntry",         new int[] {401,   0, 403, 403, 403, 403, 403});
        EXPECTED.put("deleteLedgerEntry",         new int[] {401,   0, 403, 403, 403, 403, 403});
        EXPECTED.put("clearLedgerEntry",          new int[] {401,   0, 403, 403, 403, 403, 403});
        EXPECTED.put("getLedgerReconciliation",   new int[] {401, 200, 403, 403, 200, 403, 200});
        EXPECTED.put("exportLedger",              new int[] {401, 200, 403, 403, 200, 403, 200});
        EXPECTED.put("printLedger",               new int[] {401, 200, 403, 403, 200, 403, 200});
        EXPECTED.put("exportLedgerFec",           new int[] {401, 200, 403, 403, 200, 403, 200});
        // cash counts: the mandataire counts, staff of the department read
        EXPECTED.put("listCashCounts",            new int[] {401, 200, 403, 403, 200, 403, 200});
        EXPECTED.put("createCashCount",           new int[] {401, 201, 403, 403, 403, 403, 403});
        EXPECTED.put("updateCashCount",           new int[] {401,   0, 403, 403, 403, 403, 403});
        // bank statements: the mandataire imports and matches, staff of the department read the lines
        EXPECTED.put("importBankStatement",       new int[] {401, 201, 403, 403, 403, 403, 403});
        EXPECTED.put("listBankLines",             new int[] {401, 200, 403, 403, 200, 403, 200});
        EXPECTED.put("matchBankLine",             new int[] {401,   0, 403, 403, 403, 403, 403});
        EXPECTED.put("createEntryFromBankLine",   new int[] {401,   0, 403, 403, 403, 403, 403});
        EXPECTED.put("unmatchBankLine",           new int[] {401,   0, 403, 403, 403, 403, 403});
        EXPECTED.put("listSubsidies",             new int[] {401, 200, 403, 403, 200, 403, 200});
        EXPECTED.put("createSubsidy",             new int[] {401, 201, 403, 403, 403, 403, 403});
        EXPECTED.put("updateSubsidy",             new int[] {401,   0, 403, 403, 403, 403, 403});
        EXPECTED.put("deleteSubsidy",             new int[] {401,   0, 403, 403, 403, 403, 403});
        EXPECTED.put("getInventory",              new int[] {401, 200, 403, 403, 200, 403, 200});
        EXPECTED.put("createInventoryItem",       new int[] {401, 201, 403, 403, 403, 403, 403});
        EXPECTED.put("updateInventoryItem",       new int[] {401,   0, 403, 403, 403, 403, 403});
        EXPECTED.put("deleteInventoryItem",       new int[] {401,   0, 403, 403, 403, 403, 403});
        EXPECTED.put("attachVoucher",             new int[] {401, 201, 403, 403, 403, 403, 403});
        EXPECTED.put("listVouchers",              new int[] {401, 200, 403, 403, 200, 403, 200});
        EXPECTED.put("listLedgerActions",         new int[] {401, 200, 403, 403, 200, 403, 200});
        // the chart: the admin keeps the national one; a department's staff its chart of a year
        EXPECTED.put("getNationalLedgerChart",    new int[] {401, 403, 403, 403, 200, 200, 200});
        EXPECTED.put("putNationalLedgerHeading",  new int[] {401, 403, 403, 403, 403, 403,   0});
        EXPECTED.put("deleteNationalLedgerHeading", new int[] {401, 403, 403, 403, 403, 403,  0});
        EXPECTED.put("getDepartmentLedgerChart",  new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("getDepartmentBooks",        new int[] {401, 403, 403, 403, 200, 403, 200});
        // the annual reports: the mandataire fills and sends; staff of the department read and review
        EXPECTED.put("getAnnualReport",           new int[] {401, 200, 403, 403, 200, 403, 200});
        EXPECTED.put("printFinancialReport",      new int[] {401, 200, 403, 403, 200, 403, 200});
        EXPECTED.put("printQuitus",               new int[] {401, 200, 403, 403, 200, 403, 200});
        EXPECTED.put("putFinancialReport",        new int[] {401,   0, 403, 403, 403, 403, 403});
        EXPECTED.put("submitAnnualReport",        new int[] {401,   0, 403, 403, 403, 403, 403});
        EXPECTED.put("requestOpeningCorrection",  new int[] {401,   0, 403, 403, 403, 403, 403});
        EXPECTED.put("attachReportDocument",      new int[] {401, 201, 403, 403, 403, 403, 403});
        EXPECTED.put("putActivityReport",         new int[] {401,   0, 403, 403, 403, 403, 403});
        EXPECTED.put("getReportQuestionnaire",    new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("putReportQuestionnaire",    new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("resetReportQuestionnaire",  new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("listAnnualReports",         new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("listUnsentAnnualReports",   new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("getAggregatedAccounts",     new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("exportAggregatedAccounts",  new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("printAggregatedAccounts",   new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("requestReportCorrection",   new int[] {401, 403, 403, 403,   0, 403,   0});
        EXPECTED.put("validateAnnualReport",      new int[] {401, 403, 403, 403,   0, 403,   0});
        EXPECTED.put("reopenAnnualReport",        new int[] {401, 403, 403, 403,   0, 403,   0});
        EXPECTED.put("putReportChecklist",        new int[] {401, 403, 403, 403,   0, 403,   0});
        // the control of the accounts: staff of the department and the admin only
        EXPECTED.put("getReportControls",         new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("previewReportControls",     new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("drawReportControls",        new int[] {401, 403, 403, 403,   0, 403,   0});
        EXPECTED.put("followUpReportControl",     new int[] {401, 403, 403, 403,   0, 403,   0});
        EXPECTED.put("putDepartmentLedgerHeading", new int[] {401, 403, 403, 403,   0, 403,   0});
        EXPECTED.put("deleteDepartmentLedgerHeading", new int[] {401, 403, 403, 403, 0, 403,   0});
        EXPECTED.put("listClassLedgers",          new int[] {401, 200, 403, 403, 200, 403, 200});
        // the class line may have been deleted by deleteClassLine before: 200 or 404
        EXPECTED.put("getClassLedger",            new int[] {401,   0, 403, 403,   0, 403,   0});
        EXPECTED.put("createLedgerAction",        new int[] {401, 201, 403, 403, 403, 403, 403});
        EXPECTED.put("renameLedgerAction",        new int[] {401,   0, 403, 403, 403, 403, 403});
        EXPECTED.put("deleteLedgerAction",        new int[] {401,   0, 403, 403, 403, 403, 403});
        EXPECTED.put("deleteCashCount",           new int[] {401,   0, 403, 403, 403, 403, 403});
        // change of mandataire (the decisions are on a request of a third cooperative of the department)
        EXPECTED.put("getMandataireChangeForm",   new int[] {401, 200, 403, 403, 200, 403, 200});
        EXPECTED.put("requestMandataireChange",   new int[] {401,   0, 403, 403,   0, 403,   0});
        EXPECTED.put("listCooperativeMandataireChanges", new int[] {401, 200, 403, 403, 200, 403, 200});
        EXPECTED.put("listDepartmentMandataireChanges",  new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("acceptMandataireChange",    new int[] {401, 403, 403, 403,   0, 403,   0});
        EXPECTED.put("refuseMandataireChange",    new int[] {401, 403, 403, 403,   0, 403,   0});
        // the outbox of the department
        EXPECTED.put("listMails",                 new int[] {401, 403, 403, 403, 200, 403, 200});
        // issue 6, settings of the department and accounts: settings for the staff of the department; a mandataire's
        // password reset (on a fourth cooperative of the department) by its staff; departments and staff accounts
        // (a second staff account of the department) by the admin only
        EXPECTED.put("getDepartmentSettings",     new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("putDepartmentSettings",     new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("createDepartment",          new int[] {401, 403, 403, 403, 403, 403, 201});
        // issue 20: the sweep of stored files without their document row, by the national admin
        EXPECTED.put("sweepOrphanFiles",          new int[] {401, 403, 403, 403, 403, 403, 200});
        EXPECTED.put("updateDepartment",          new int[] {401, 403, 403, 403, 403, 403, 200});
        EXPECTED.put("resetCooperativePassword",  new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("listStaffAccounts",         new int[] {401, 403, 403, 403, 403, 403, 200});
        EXPECTED.put("createStaffAccount",        new int[] {401, 403, 403, 403, 403, 403, 201});
        EXPECTED.put("updateStaffAccount",        new int[] {401, 403, 403, 403, 403, 403, 200});
        EXPECTED.put("resetStaffPassword",        new int[] {401, 403, 403, 403, 403, 403, 200});
        // issue 6, dashboard: the campaign dashboard (national view: admin only) and reminders of the department
        EXPECTED.put("getDepartmentDashboard",    new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("getNationalDashboard",      new int[] {401, 403, 403, 403, 403, 403, 200});
        EXPECTED.put("createReminder",            new int[] {401, 403, 403, 403, 202, 403, 202});
        EXPECTED.put("listReminders",             new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("getReminder",               new int[] {401, 403, 403, 403, 200, 403, 200});
        // issue 6, imports, exports and the audit log (branch csv)
        EXPECTED.put("exportCooperatives",        new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("exportAdhesions",           new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("exportClassLines",          new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("exportPayments",            new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("importCooperatives",        new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("importAdhesionHistory",     new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("listAuditRecords",          new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("exportAuditRecords",        new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("listAllAuditRecords",       new int[] {401, 403, 403, 403, 403, 403, 200});
        // integrators: API tokens (managed by staff) and the department's read-only views
        EXPECTED.put("listApiTokens",             new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("createApiToken",            new int[] {401, 403, 403, 403, 201, 403, 201});
        EXPECTED.put("revokeApiToken",            new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("listDepartmentCooperatives", new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("listDepartmentAdhesions",   new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("listDepartmentCertificates", new int[] {401, 403, 403, 403, 200, 403, 200});
        // SEPA direct debit (issue 6, part "sepa"): the mandataire reads its mandate; staff record it, the creditor and files
        EXPECTED.put("getSepaMandate",            new int[] {401, 200, 403, 403, 200, 403, 200});
        EXPECTED.put("putSepaMandate",            new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("getSepaCreditor",           new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("putSepaCreditor",           new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("previewSepaDirectDebits",   new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("createSepaDirectDebitBatch", new int[] {401, 403, 403, 403,  0, 403,   0});
        EXPECTED.put("listSepaDirectDebitBatches", new int[] {401, 403, 403, 403, 200, 403, 200});
        EXPECTED.put("getSepaDirectDebitFile",    new int[] {401, 403, 403, 403, 404, 403, 404});
    }

    /**
     * Integrators (an API token of the target's department): the operations they may call, with the answer expected;
     * every other operation answers 403 (read-only, no personal data). An integrator of another department gets 403
     * on the department-scoped reads too.
     */
    private static final Map<String, Integer> INTEGRATOR_READS = Map.of(
            "listDepartmentCooperatives", 200, "listDepartmentAdhesions", 200, "listDepartmentCertificates", 200,
            "login", 200, "verifyCertificate", 404, "getDepartmentContact", 200, "getAggregatedAccounts", 200, "exportAggregatedAccounts", 200,
            "printAggregatedAccounts", 200);
    private static final java.util.Set<String> DEPARTMENT_READS = java.util.Set.of(
            "listDepartmentCooperatives", "listDepartmentAdhesions", "listDepartmentCertificates", "getAggregatedAccounts", "exportAggregatedAccounts",
            "printAggregatedAccounts");
    private String integratorSecret;
    private String otherIntegratorSecret;
    private long tokenId;

    @Inject Fixtures fixtures;

    private Fixtures.Coop target;
    private final Map<Caller, String> logins = new EnumMap<>(Caller.class);

    private int adhesionId;
    private int lineId;
    private int documentId;
    private int changeId;
    private int reminderId;
    private int entryId;
    private int countId;
    private int bankLineId;
    private int subsidyId;
    private int itemId;
    private int actionId;
    private int reportId;
    private int controlId;

    private static Map<String, Object> inventoryItem() {
        return Map.of("acquiredOn", "2025-09-01", "label", "Vidéoprojecteur", "value", 450);
    }

    private static Map<String, Object> subsidy() {
        return Map.of("funderType", "COMMUNE", "funderName", "Mairie", "purpose", "Sortie", "amountGranted", 100, "decidedOn", "2025-10-02");
    }

    private static Map<String, Object> cashCount(String day) {
        return Map.of("countedOn", day, "quantities", List.of(Map.of("value", 20, "quantity", 2)));
    }

    private static Map<String, Object> ledgerEntry() {
        return Map.of("date", "2025-10-01", "label", "Don de l'association des parents", "amount", 50, "kind", "INCOME",
                "means", "CASH", "parts", List.of(Map.of("heading", "7541")));
    }

    private static final java.util.Set<String> MULTIPART = java.util.Set.of("uploadEngagement", "requestMandataireChange", "attachReportDocument",
            "importCooperatives", "importAdhesionHistory", "importBankStatement", "attachVoucher");

    @BeforeEach
    void setUp() {
        String department = fixtures.newDepartment();
        target = fixtures.newActiveCooperative(department);
        logins.put(Caller.MANDATAIRE, target.login());
        logins.put(Caller.OTHER_MANDATAIRE, fixtures.newActiveCooperative(department).login());
        logins.put(Caller.INITIAL_PASSWORD, fixtures.newCooperative(department).login());
        logins.put(Caller.STAFF, fixtures.newStaff(department));
        logins.put(Caller.OTHER_STAFF, fixtures.newStaff("038"));
        logins.put(Caller.ADMIN, "admin");
        // an adhesion with one line, for the operations on an adhesion
        String token = fixtures.tokenOf(target.login());
        int[] a = org.coopenligne.support.Api.open(token, target.id());
        adhesionId = a[0];
        lineId = org.coopenligne.support.Api.addLine(token, a[0], a[1],
                org.coopenligne.support.Api.line("CP", "Mme Test", null, 1, 20)).statusCode(201).extract().path("lines[0].id");
        documentId = Fixtures.as(token).multiPart("file", "engagement.png", org.coopenligne.support.Files.png(), "image/png")
                .post("/api/adhesions/" + adhesionId + "/engagement/uploads").then().statusCode(201).extract().path("id");
        Fixtures.Coop third = fixtures.newActiveCooperative(department);
        changeId = multipart("requestMandataireChange", Fixtures.as(fixtures.tokenOf(third.login())))
                .post("/api/cooperatives/" + third.id() + "/mandataire-changes").then().statusCode(201).extract().path("id");
        entryId = Fixtures.as(token).contentType(ContentType.JSON).body(ledgerEntry())
                .post("/api/cooperatives/" + target.id() + "/ledger-entries").then().statusCode(201).extract().path("id");
        countId = Fixtures.as(token).contentType(ContentType.JSON).body(cashCount("2025-09-14"))
                .post("/api/cooperatives/" + target.id() + "/cash-counts").then().statusCode(201).extract().path("id");
        Fixtures.as(token).multiPart("file", "releve.ofx", org.coopenligne.ledger.statement.StatementParserTest.sample("releve.ofx"), "application/x-ofx")
                .post("/api/cooperatives/" + target.id() + "/bank-statements").then().statusCode(201);
        bankLineId = Fixtures.as(token).get("/api/cooperatives/" + target.id() + "/bank-lines?year=2025-2026").then().statusCode(200)
                .extract().path("lines[0].id");
        subsidyId = Fixtures.as(token).contentType(ContentType.JSON).body(subsidy())
                .post("/api/cooperatives/" + target.id() + "/subsidies").then().statusCode(201).extract().path("id");
        itemId = Fixtures.as(token).contentType(ContentType.JSON).body(inventoryItem())
                .post("/api/cooperatives/" + target.id() + "/inventory").then().statusCode(201).extract().path("id");
        actionId = Fixtures.as(token).contentType(ContentType.JSON).body(Map.of("name", "Sortie", "schoolYear", "2025-2026"))
                .post("/api/cooperatives/" + target.id() + "/ledger/actions").then().statusCode(201).extract().path("id");
        reportId = Fixtures.as(token).contentType(ContentType.JSON).body(Map.of("books", "LEDGER"))
                .put("/api/cooperatives/" + target.id() + "/annual-reports/2025-2026/financial").then().statusCode(200).extract().path("id");
        // a validated report of another school, drawn for control
        String staffToken = fixtures.tokenOf(logins.get(Caller.STAFF));
        Fixtures.Coop drawnCoop = fixtures.newActiveCooperative(department);
        org.coopenligne.report.Reports.send(fixtures, staffToken, drawnCoop,
                org.coopenligne.report.Reports.paper("1.00", "0.00", Map.of("7562", "10.00"), "11.00", "0.00", "0.00"), true);
        controlId = Fixtures.as(staffToken).contentType(ContentType.JSON).body(Map.of("year", org.coopenligne.report.Reports.YEAR, "sharePercent", 100))
                .post("/api/departments/" + department + "/report-controls").then().statusCode(201).extract().path("controls[0].id");
        setUpAccounts(department);
        integratorSecret = fixtures.newApiToken(department).secret();
        otherIntegratorSecret = fixtures.newApiToken("038").secret();
        tokenId = fixtures.newApiToken(department).id();
        reminderId = Fixtures.as(fixtures.tokenOf(logins.get(Caller.STAFF))).header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(reminderRequest(target))
                .post("/api/departments/" + department + "/reminders").then().statusCode(202).extract().path("id");
    }

    private static Map<String, Object> reminderRequest(Fixtures.Coop c) {
        return Map.of("subject", "Relance {code}", "body", "Bonjour {school}", "cooperativeIds", List.of(c.id()));
    }

    private RequestSpecification multipart(String operationId, RequestSpecification request) {
        if (operationId.equals("importAdhesionHistory")) { // the target's classes of 2024-2025, checked only (dryRun=true)
            return request.queryParam("dryRun", true).queryParam("year", "2024-2025").multiPart("file", "adhesions.csv",
                    ("numero;classe;enseignants;adultes;eleves\r\n" + target.number() + ";CP;;1;20\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv");
        }
        if (operationId.equals("importCooperatives")) { // a valid file, checked only (dryRun=true): nothing is created
            return request.queryParam("dryRun", true).multiPart("file", "cooperatives.csv",
                    ("numero;ecole;type;adresse;code_postal;commune;uai;courriel_ecole;mandataire;courriel_mandataire;telephone_mandataire\r\n"
                            + "1;École de la matrice;;;;CAHORS;;;;;\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv");
        }
        if (operationId.equals("importBankStatement")) {
            return request.multiPart("file", "releve.xml", org.coopenligne.ledger.statement.StatementParserTest.sample("releve-camt053.xml"), "application/xml");
        }
        if (operationId.equals("attachReportDocument")) {
            return request.queryParam("kind", "QUITUS").multiPart("file", "quitus.png", org.coopenligne.support.Files.png(), "image/png");
        }
        if (operationId.equals("uploadEngagement") || operationId.equals("attachVoucher")) {
            return request.multiPart("file", "engagement.png", org.coopenligne.support.Files.png(), "image/png");
        }
        return request.multiPart("newMandataireName", "Marie MATRICE").multiPart("newMandataireEmail", "matrice@example.org")
                .multiPart("form", "f.pdf", org.coopenligne.support.Files.pdf(), "application/pdf")
                .multiPart("idCopy", "i.jpg", org.coopenligne.support.Files.jpeg(), "image/jpeg")
                .multiPart("proofOfAddress", "p.png", org.coopenligne.support.Files.png(), "image/png");
    }

    /** A body that passes validation, so that only authorization decides the answer. */
    private final Map<String, Function<Fixtures.Coop, Object>> bodies = new java.util.HashMap<>(Map.of(
            "login", c -> Map.of("login", "staff999", "password", Fixtures.staffPassword()),
            "changePassword", c -> Map.of("currentPassword", "not-the-password", "newPassword", "Une-Phrase-Solide-1"),
            "updateCooperativeIdentity", c -> Map.of("version", currentVersion(c.id())),
            "addClassLine", c -> org.coopenligne.support.Api.line("CE1", "M. Matrice", null, 1, 21),
            "updateClassLine", c -> org.coopenligne.support.Api.line("CP", "Mme Matrice", null, 1, 22),
            "declareAdhesion", c -> org.coopenligne.support.Api.declarations(true, "0", "0", List.of(), "0", "CHEQUE"),
            "quoteAdhesion", c -> Map.of("adults", 1, "pupils", 10, "insured", true, "propertyValue", 0, "instrumentValue", 0,
                    "voluntaryParticipation", 0),
            "putTariff", c -> tariffRequest(c), "createApiToken", c -> Map.of("name", "Logiciel de la matrice")));

    {
        bodies.putAll(Map.of(
            "updateReview", c -> Map.of("paymentReceived", false, "engagementReceived", false, "mandataireChangeForm", "NONE"),
            "requestCorrection", c -> Map.of("message", "Merci de vérifier les effectifs."),
            "reopenAdhesion", c -> Map.of("reason", "Vérification."),
            "refuseMandataireChange", c -> Map.of("reason", "Pièce illisible."),
            "recordAdhesionPayment", c -> Map.of("means", "CHEQUE", "chequeNumber", "1234567", "voucherNumber", 1),
            "createLedgerEntry", c -> ledgerEntry(), "updateLedgerEntry", c -> ledgerEntry(),
            "putLedgerOpening", c -> Map.of("bank", 120.5, "cash", 0), "clearLedgerEntry", c -> Map.of("clearedOn", "2025-10-31"),
            "createReminder", AuthorizationMatrixTest::reminderRequest));
        bodies.putAll(Map.of("createCashCount", c -> cashCount("2025-09-13"), "updateCashCount", c -> cashCount("2025-09-14"),
                "matchBankLine", c -> Map.of("entryId", entryId), "createSubsidy", c -> subsidy(), "updateSubsidy", c -> subsidy(),
                "createInventoryItem", c -> inventoryItem(), "updateInventoryItem", c -> inventoryItem(),
                "createLedgerAction", c -> Map.of("name", "Spectacle " + java.util.UUID.randomUUID(), "schoolYear", "2025-2026"),
                "renameLedgerAction", c -> Map.of("name", "Sortie au musée", "schoolYear", "2025-2026"),
                "createEntryFromBankLine", c -> Map.of("kind", "INCOME", "means", "TRANSFER", "parts", List.of(Map.of("heading", "7541")))));
        bodies.putAll(Map.of("putActivityReport", c -> Map.of("answers", Map.of("councils", "3")),
                "putReportQuestionnaire", c -> Map.of("questions", List.of(Map.of("code", "councils", "label", "Conseils tenus", "kind", "NUMBER",
                        "required", true)))));
        bodies.putAll(Map.of("putFinancialReport", c -> Map.of("books", "LEDGER"),
                "requestReportCorrection", c -> Map.of("message", "Joignez le relevé d'août."),
                "reopenAnnualReport", c -> Map.of("reason", "Vérification."),
                "putReportChecklist", c -> Map.of("quitusSigned", true),
                "requestOpeningCorrection", c -> Map.of("reason", "Le report est faux."),
                "drawReportControls", c -> Map.of("sharePercent", 10),
                "followUpReportControl", c -> Map.of("status", "CHECKED")));
        bodies.putAll(Map.of("putNationalLedgerHeading", c -> Map.of("label", "Rubrique de la matrice"),
                "putDepartmentLedgerHeading", c -> Map.of("label", "Sous-rubrique de la matrice")));
    }

    // issue 6, settings of the department and accounts: the targets and bodies of its operations
    private Fixtures.Coop passwordResetTarget;
    private long staffAccountId;
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_MATRIX = new java.util.concurrent.atomic.AtomicInteger(800);

    private void setUpAccounts(String department) {
        passwordResetTarget = fixtures.newActiveCooperative(department);
        String login = fixtures.newStaff(department);
        staffAccountId = QuarkusTransaction.requiringNew().call(() ->
                org.coopenligne.auth.UserAccount.<org.coopenligne.auth.UserAccount>find("login", login).firstResult().id);
    }

    private String accountsPath(String operationId, String path) {
        return operationId.equals("resetCooperativePassword") ? path.replace("/" + target.id() + "/", "/" + passwordResetTarget.id() + "/")
                : path.replace("{accountId}", String.valueOf(staffAccountId));
    }

    {
        bodies.putAll(Map.of(
            "putDepartmentSettings", c -> Map.of("version", departmentVersion(c), "emailTemplates", List.of()),
            "createDepartment", c -> Map.of("code", String.valueOf(NEXT_MATRIX.getAndIncrement()), "name", "OCCE de la matrice"),
            "updateDepartment", c -> Map.of("version", departmentVersion(c), "name", "OCCE de test renommée"),
            "createStaffAccount", c -> Map.of("login", "matrix." + NEXT_MATRIX.getAndIncrement(), "displayName", "Agent de la matrice"),
            "updateStaffAccount", c -> Map.of("version", QuarkusTransaction.requiringNew().call(() -> org.coopenligne.auth.UserAccount
                    .<org.coopenligne.auth.UserAccount>findById(staffAccountId).version), "displayName", "Agent", "enabled", true)));
    }

    private int departmentVersion(Fixtures.Coop c) {
        return QuarkusTransaction.requiringNew().call(() ->
                org.coopenligne.department.Department.<org.coopenligne.department.Department>findById(c.departmentId()).version);
    }

    {
        // SEPA direct debit (issue 6, part "sepa")
        bodies.putAll(Map.of(
            "putSepaMandate", c -> sepaBody(QuarkusTransaction.requiringNew().call(() -> {
                org.coopenligne.sepa.SepaMandate m = org.coopenligne.sepa.SepaMandate.findById(c.id());
                return m == null ? null : m.version;
            }), "iban", "FR76 3000 6000 0112 3456 7890 189", "bic", "AGRIFRPP882", "signatureDate", "2025-09-01"),
            "putSepaCreditor", c -> sepaBody(QuarkusTransaction.requiringNew().call(() -> {
                org.coopenligne.sepa.SepaCreditor m = org.coopenligne.sepa.SepaCreditor.findById(c.departmentId());
                return m == null ? null : m.version;
            }), "name", "OCCE de test", "identifier", "FR72ZZZ123456", "iban", "FR7630004000031234567890143", "bic", "BNPAFRPP"),
            "createSepaDirectDebitBatch", c -> Map.of("schoolYear", "2025-2026", "collectionDate", "2025-10-05")));
    }

    private static Map<String, Object> sepaBody(Integer version, String... fields) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("version", version);
        for (int i = 0; i < fields.length; i += 2) {
            body.put(fields[i], fields[i + 1]);
        }
        return body;
    }

    private int currentVersion(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Cooperative.<Cooperative>findById(id).version);
    }

    private int adhesionVersion() {
        return QuarkusTransaction.requiringNew().call(() ->
                org.coopenligne.adhesion.Adhesion.<org.coopenligne.adhesion.Adhesion>findById((long) adhesionId).version);
    }

    private Object tariffRequest(Fixtures.Coop c) {
        Map<String, Object> r = new java.util.HashMap<>(org.coopenligne.tariff.TariffResourceTestData.request(null));
        r.put("version", QuarkusTransaction.requiringNew().call(() -> org.coopenligne.tariff.Tariff.<org.coopenligne.tariff.Tariff>find(
                "departmentId = ?1 and schoolYear = '2025-2026'", c.departmentId()).firstResult().version));
        return r;
    }

    @Test
    void shouldAnswerEveryOperationAsExpectedForEveryRole() throws Exception {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(OpenApiContractTest.CONTRACT.toFile());
        List<String> failures = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                String operationId = op.getValue().path("operationId").asText();
                seen.add(operationId);
                int[] expected = EXPECTED.get(operationId);
                if (expected == null) {
                    failures.add(operationId + ": no line in the authorization matrix");
                    continue;
                }
                for (Caller caller : Caller.values()) {
                    int status = call(method, path.getKey(), operationId, caller);
                    int want = expected[caller.ordinal()];
                    boolean ok = want == 0 ? status != 401 && status != 403 && status < 500 : status == want;
                    if (!ok) {
                        failures.add(operationId + " as " + caller + ": expected " + (want == 0 ? "an authorized answer" : want) + ", got " + status);
                    }
                }
                int integrator = call(method, path.getKey(), operationId, integratorSecret);
                int wantIntegrator = INTEGRATOR_READS.getOrDefault(operationId, 403);
                if (integrator != wantIntegrator) {
                    failures.add(operationId + " as INTEGRATOR: expected " + wantIntegrator + ", got " + integrator);
                }
                int other = call(method, path.getKey(), operationId, otherIntegratorSecret);
                int wantOther = DEPARTMENT_READS.contains(operationId) ? 403 : wantIntegrator;
                if (other != wantOther) {
                    failures.add(operationId + " as OTHER_INTEGRATOR: expected " + wantOther + ", got " + other);
                }
            }
        }
        assertThat(seen).as("operations of the matrix that openapi.yaml no longer has").containsAll(EXPECTED.keySet());
        assertThat(failures).isEmpty();
    }

    private int call(String method, String template, String operationId, Caller caller) {
        return call(method, template, operationId, caller == Caller.ANONYMOUS ? null : fixtures.tokenOf(logins.get(caller)));
    }

    private int call(String method, String template, String operationId, String token) {
        String path = template.replace("{id}", String.valueOf(target.id())).replace("{code}", target.departmentCode())
                .replace("{adhesionId}", String.valueOf(adhesionId)).replace("{lineId}", String.valueOf(lineId))
                .replace("{year}", org.coopenligne.support.Api.YEAR).replace("{documentId}", String.valueOf(documentId))
                .replace("{kind}", "MEMBERSHIP").replace("{changeId}", String.valueOf(changeId))
                .replace("{reminderId}", String.valueOf(reminderId)).replace("{tokenId}", String.valueOf(tokenId))
                .replace("{batchId}", "0").replace("{entryId}", String.valueOf(entryId))
                .replace("{countId}", String.valueOf(countId)).replace("{bankLineId}", String.valueOf(bankLineId))
                .replace("{subsidyId}", String.valueOf(subsidyId)).replace("{itemId}", String.valueOf(itemId))
                .replace("{actionId}", String.valueOf(actionId))
                .replace("{classLineId}", String.valueOf(lineId)).replace("{headingCode}", "60689")
                .replace("{reportId}", String.valueOf(reportId)).replace("{controlId}", String.valueOf(controlId));
        path = accountsPath(operationId, path);
        if (operationId.equals("copyPreviousTariff")) {
            path = path.replace(org.coopenligne.support.Api.YEAR, "2026-2027");
        }
        RequestSpecification request = Fixtures.fromNewAddress().header("If-Match", "\"" + adhesionVersion() + "\"");
        if (operationId.equals("createReminder")) {
            request = request.header("Idempotency-Key", java.util.UUID.randomUUID().toString());
        }
        if (operationId.equals("previewReportControls")) {
            request = request.queryParam("seed", "4821");
        }
        if (operationId.equals("getLedgerReconciliation")) {
            request = request.queryParam("date", "2025-10-31");
        }
        if (operationId.equals("putTariff")) {
            request = request.queryParam("acknowledge", true);
        }
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        Function<Fixtures.Coop, Object> body = bodies.get(operationId);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body.apply(target));
        }
        if (MULTIPART.contains(operationId)) {
            request = multipart(operationId, request);
        }
        return request.request(method, path).then().extract().statusCode();
    }
}
