package org.coopenligne.report;

import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The financial report (CRF) of SPEC's worked example, a small school's 2024-2025 (the test clock is 15 September 2025:
 * the report due is that year's), filled from its ledger; the pre-flight's cause when cheque 0002 is ticked by mistake;
 * the review loop; the year's closing and the next year's opening; a paper-ledger report.
 */
@QuarkusTest
class ReportResourceTest {

    private static final String YEAR = "2024-2025";

    @Inject Fixtures fixtures;

    String department;
    Fixtures.Coop coop;
    String mandataire;
    String staff;
    String report;

    @BeforeEach
    void setUp() {
        department = fixtures.newDepartment();
        coop = fixtures.newActiveCooperative(department);
        mandataire = fixtures.tokenOf(coop.login());
        staff = fixtures.tokenOf(fixtures.newStaff(department));
        report = "/api/cooperatives/" + coop.id() + "/annual-reports/" + YEAR;
    }

    @Test
    void shouldFillSpecsWorkedExampleFromTheLedgerAndCloseTheYearOnValidation() {
        as(mandataire).get(report).then().statusCode(200).body("status", equalTo("NOT_STARTED"))
                .body("statusSentence", equalTo("Le Compte-Rendu 2025 doit être établi avant le 30 septembre 2025."))
                .body("financial.books", equalTo("PAPER")).body("id", nullValue());

        // SPEC's example: opening bank 800,00 and cash 50,00, then the year's entries
        as(mandataire).contentType(ContentType.JSON).body(Map.of("bank", new BigDecimal("800.00"), "cash", new BigDecimal("50.00")))
                .put("/api/cooperatives/" + coop.id() + "/ledger/openings/" + YEAR).then().statusCode(200);
        long families = entry("2024-10-01", "Participation des familles", "600.00", "INCOME", "TRANSFER", "7562", null);
        long commune = entry("2024-11-15", "Subvention de la commune", "300.00", "INCOME", "TRANSFER", "744", null);
        entry("2024-12-13", "Fête de l'école", "250.00", "INCOME", "CASH", "708", null);
        long occe = entry("2024-09-25", "Cotisation OCCE", "136.99", "CHARGE", "TRANSFER", "6586", null);
        long supplies = entry("2024-10-10", "Fournitures", "180.00", "CHARGE", "CHEQUE", "6068", "0001");
        long outing = entry("2025-06-20", "Sortie de fin d'année", "420.00", "CHARGE", "CHEQUE", "6251", "0002");
        entry("2024-12-13", "Goûter de la fête", "60.00", "CHARGE", "CASH", "6232", null);
        Map<String, Object> transfer = body("2025-01-10", "Dépôt de la caisse", "200.00", "TRANSFER", "CASH", null, null);
        transfer.put("treasury", "CASH");
        long deposit = as(mandataire).contentType(ContentType.JSON).body(transfer).post("/api/cooperatives/" + coop.id() + "/ledger-entries")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        // the commune's subsidy, received by the entry of 15 November, goes with the report (« Les subventions »)
        as(mandataire).contentType(ContentType.JSON).body(Map.of("funderType", "COMMUNE", "funderName", "Mairie de Cahors", "purpose",
                "Classe de mer", "amountGranted", new BigDecimal("450.00"), "decidedOn", "2024-10-20", "entryIds", List.of(commune)))
                .post("/api/cooperatives/" + coop.id() + "/subsidies").then().statusCode(201);
        // every bank entry seen on a statement but cheque 0002
        for (long id : List.of(families, commune, occe, supplies, deposit)) {
            tick(id, "2025-08-29");
        }

        // filled from the ledger: income 1 150,00, charges 796,99, books bank 1 163,01, cash 40,00
        as(mandataire).get(report).then().statusCode(200)
                .body("financial.books", equalTo("LEDGER")).body("financial.openingBank", equalTo(800.0f)).body("financial.openingCash", equalTo(50.0f))
                .body("financial.income", equalTo(1150.0f)).body("financial.charges", equalTo(796.99f)).body("financial.result", equalTo(353.01f))
                .body("financial.booksBank", equalTo(1163.01f)).body("financial.booksCash", equalTo(40.0f))
                .body("financial.notDebited", equalTo(420.0f)).body("financial.notCredited", equalTo(0.0f)).body("financial.cash", equalTo(40.0f))
                .body("financial.check.holds", equalTo(false)).body("financial.check.gap", nullValue())
                .body("financial.headings.find { it.code == '6251' }.amount", equalTo(420.0f))
                .body("financial.subsidiesSource", equalTo("LEDGER")).body("financial.subsidies", hasSize(1))
                .body("financial.subsidies[0].funderName", equalTo("Mairie de Cahors")).body("financial.subsidies[0].amountGranted", equalTo(450.0f))
                .body("financial.subsidies[0].amountReceived", equalTo(300.0f));

        // the August statement's balance: it holds
        // the quitus is signed by two people other than the mandataire
        save(Map.of("books", "LEDGER", "verifierParent", "marie  testeur"), null).statusCode(400)
                .body("violations[0].field", equalTo("verifierParent"));
        int version = save(Map.of("books", "LEDGER", "statementBalance", new BigDecimal("1583.01"), "verifierParent", "Mme Claire LEROY",
                "verifierTeacher", "M. Paul ROUX"), null).statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("financial.check.holds", equalTo(true)).body("financial.check.gap", equalTo(0.0f))
                .body("financial.check.verdict", equalTo("Le Compte-Rendu Financier semble correct"))
                .body("financial.check.equation", equalTo("850,00 + 1\u202f150,00 − 796,99 = 1\u202f203,01 = 1\u202f583,01 − 420,00 + 0,00 + 40,00"))
                .body("financial.causes", hasSize(0))
                .extract().path("version");

        // the report and its quitus, printed
        io.restassured.response.Response printed = as(mandataire).get(report + "/financial.pdf");
        org.assertj.core.api.Assertions.assertThat(printed.statusCode()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(printed.header("Content-Disposition")).contains("compte-rendu-financier-" + coop.login() + "-" + YEAR);
        String crf = String.join("\n", org.coopenligne.support.Pdfs.pages(printed.asByteArray()));
        org.assertj.core.api.Assertions.assertThat(crf).contains("Compte-Rendu Financier 2024 - 2025").contains("6251").contains("Sorties et voyages")
                .contains("Le Compte-Rendu Financier semble correct").contains("583,01").contains("compte-rendu en cours de saisie")
                .contains("Subventions").contains("Commune — Mairie de Cahors").contains("Classe de mer");
        String quitus = String.join("\n", org.coopenligne.support.Pdfs.pages(as(staff).get(report + "/quitus.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray()));
        org.assertj.core.api.Assertions.assertThat(quitus).contains("Quitus").contains("Mme Claire LEROY").contains("M. Paul ROUX")
                .contains("quitus au mandataire pour sa gestion");

        // cheque 0002 ticked by mistake: a gap of 420,00 € that the pre-flight puts down to it
        tick(outing, "2025-08-29");
        as(mandataire).get(report).then().statusCode(200)
                .body("financial.check.holds", equalTo(false)).body("financial.check.gap", equalTo(-420.0f))
                .body("financial.causes", hasSize(1))
                .body("financial.causes[0].kind", equalTo("TICKED_ENTRY")).body("financial.causes[0].entryId", equalTo((int) outing))
                .body("financial.causes[0].message", containsString("Le chèque n° 0002"))
                .body("financial.causes[0].amount", equalTo(420.0f));
        tick(outing, null);

        // staff may not fill it; the mandataire sends it; then it is locked
        as(staff).contentType(ContentType.JSON).body(Map.of("books", "LEDGER")).put(report + "/financial").then().statusCode(403);
        version = answer(version);
        int submitted = as(mandataire).header("If-Match", "\"" + version + "\"").post(report + "/submission").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("editable", equalTo(false))
                .body("financial.subsidies[0].amountReceived", equalTo(300.0f)) // kept as sent
                .body("statusSentence", equalTo("Le C.R. est validé, mais il est en attente de l'OCCE " + department + "."))
                .extract().path("version");
        save(Map.of("books", "LEDGER", "statementBalance", new BigDecimal("1.00")), submitted).statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("envoyé à l'OCCE"));
        long reportId = as(staff).get(report).then().statusCode(200).extract().jsonPath().getLong("id");
        as(staff).get("/api/departments/" + department + "/annual-reports?year=" + YEAR).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].gap", equalTo(0.0f)).body("items[0].books", equalTo("LEDGER"));
        // another department's staff, the mandataire: no review
        as(fixtures.tokenOf(fixtures.newStaff(fixtures.newDepartment()))).header("If-Match", "\"" + submitted + "\"")
                .post("/api/annual-reports/" + reportId + "/validation").then().statusCode(403);
        as(mandataire).header("If-Match", "\"" + submitted + "\"").post("/api/annual-reports/" + reportId + "/validation").then().statusCode(403);

        // sent back with a message, corrected (nothing to change here), sent again, validated
        int back = as(staff).header("If-Match", "\"" + submitted + "\"").contentType(ContentType.JSON)
                .body(Map.of("message", "Joignez le relevé d'août.")).post("/api/annual-reports/" + reportId + "/correction-request").then()
                .statusCode(200).body("status", equalTo("CORRECTION_REQUESTED"))
                .body("statusSentence", equalTo("Le C.R. doit être corrigé : Joignez le relevé d'août.")).extract().path("version");
        int again = as(mandataire).header("If-Match", "\"" + back + "\"").post(report + "/submission").then().statusCode(200).extract().path("version");
        as(staff).header("If-Match", "\"" + (again - 1) + "\"").post("/api/annual-reports/" + reportId + "/validation").then().statusCode(409); // stale
        int validated = as(staff).header("If-Match", "\"" + again + "\"").post("/api/annual-reports/" + reportId + "/validation").then()
                .statusCode(200).body("status", equalTo("VALIDATED")).body("statusSentence", equalTo("Le C.R. est saisi, et il est bon. Bravo !"))
                .extract().path("version");

        // the year is closed: its ledger refuses writes; the next year opens on its closing balances
        ValidatableResponse refused = as(mandataire).contentType(ContentType.JSON).body(body("2025-03-01", "Oubli", "5.00", "CHARGE", "CASH", "6068", null))
                .post("/api/cooperatives/" + coop.id() + "/ledger-entries").then().statusCode(409).contentType("application/problem+json");
        refused.body("detail", containsString("l'année est close"));
        int outingVersion = as(mandataire).get("/api/cooperatives/" + coop.id() + "/ledger?year=" + YEAR).then().extract()
                .path("lines.find { it.entry.id == " + outing + " }.entry.version");
        as(mandataire).header("If-Match", "\"" + outingVersion + "\"").contentType(ContentType.JSON).body(Map.of("clearedOn", "2025-08-29"))
                .put("/api/ledger-entries/" + outing + "/clearing").then().statusCode(409);
        as(mandataire).get("/api/cooperatives/" + coop.id() + "/ledger?year=2025-2026").then().statusCode(200)
                .body("openingSource", equalTo("CLOSED")).body("opening.bank", equalTo(1163.01f)).body("opening.cash", equalTo(40.0f));
        as(mandataire).contentType(ContentType.JSON).body(Map.of("bank", new BigDecimal("1.00"), "cash", new BigDecimal("1.00")))
                .put("/api/cooperatives/" + coop.id() + "/ledger/openings/2025-2026").then().statusCode(409);
        // the carried opening is read-only: the mandataire asks staff to correct it, with a reason
        String next = "/api/cooperatives/" + coop.id() + "/annual-reports/2025-2026";
        as(mandataire).contentType(ContentType.JSON).body(Map.of("reason", " ")).post(next + "/opening-correction").then().statusCode(400)
                .body("violations[0].field", containsString("reason"));
        as(mandataire).contentType(ContentType.JSON).body(Map.of("reason", "Le relevé au 31/08 indiquait 1 158,01 €.")).post(next + "/opening-correction")
                .then().statusCode(200).body("openingCorrection", equalTo("Le relevé au 31/08 indiquait 1 158,01 €."))
                .body("financial.openingSource", equalTo("CLOSED"));
        as(staff).get(next).then().statusCode(200).body("openingCorrection", equalTo("Le relevé au 31/08 indiquait 1 158,01 €."))
                .body("openingCorrectionAt", notNullValue());
        as(staff).contentType(ContentType.JSON).body(Map.of("reason", "x")).post(next + "/opening-correction").then().statusCode(403);

        // reopened with a reason: the year can change again, and the next year goes back to the books' figures
        as(staff).header("If-Match", "\"" + validated + "\"").contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/api/annual-reports/" + reportId + "/reopening").then().statusCode(400).body("violations[0].field", containsString("reason"));
        as(staff).header("If-Match", "\"" + validated + "\"").contentType(ContentType.JSON).body(Map.of("reason", "Un chèque oublié."))
                .post("/api/annual-reports/" + reportId + "/reopening").then().statusCode(200).body("status", equalTo("CORRECTION_REQUESTED"))
                .body("reopenReason", equalTo("Un chèque oublié."));
        entry("2025-03-01", "Chèque oublié", "5.00", "CHARGE", "CHEQUE", "6068", "0003");
        as(mandataire).get("/api/cooperatives/" + coop.id() + "/ledger?year=2025-2026").then().statusCode(200)
                .body("openingSource", equalTo("CARRIED")).body("opening.bank", equalTo(1158.01f));
        as(mandataire).get(next).then().body("openingCorrection", nullValue()); // answered by the reopening
        as(mandataire).get(report).then().body("financial.notDebited", equalTo(425.0f)).body("financial.check.holds", equalTo(true));

        // every step is in the audit trail
        as(staff).get("/api/departments/" + department + "/audit-records?entityType=AnnualReport&size=50").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.hasItems("REPORT_SAVED", "REPORT_SUBMITTED", "REPORT_CORRECTION_REQUESTED",
                        "REPORT_VALIDATED", "REPORT_REOPENED", "REPORT_OPENING_CORRECTION_REQUESTED"));
    }

    @Test
    void shouldTakeAPaperLedgersTypedTotalsAndRefuseBadFigures() {
        save(Map.of("books", "PAPER", "headings", List.of(Map.of("code", "9999", "amount", 10))), null).statusCode(400)
                .body("violations[0].field", equalTo("headings[0].code"));
        save(Map.of("books", "PAPER", "cash", new BigDecimal("-1")), null).statusCode(400).body("violations[0].field", equalTo("cash"));
        save(Map.of("books", "PAPER", "cash", new BigDecimal("1.234")), null).statusCode(400).body("violations[0].field", containsString("cash"));
        save(Map.of("books", "PAPER", "subsidies", List.of(Map.of("funderType", "COMMUNE", "funderName", "Mairie", "purpose", "Sortie",
                "amountGranted", new BigDecimal("-5"), "amountReceived", 0))), null).statusCode(400)
                .body("violations[0].field", equalTo("subsidies[0].amountGranted"));
        save(Map.of("books", "PAPER", "subsidies", List.of(Map.of("funderType", "MAIRIE", "funderName", "Mairie", "purpose", "Sortie",
                "amountGranted", 5, "amountReceived", 0))), null).statusCode(400);
        as(mandataire).get(report).then().body("id", nullValue()); // nothing written
        as(mandataire).contentType(ContentType.JSON).body(Map.of("reason", "Faux.")).post(report + "/opening-correction").then().statusCode(409)
                .body("detail", containsString("ne vient pas d'un compte-rendu validé"));

        Map<String, Object> typed = new HashMap<>(Map.of("books", "PAPER", "openingBank", new BigDecimal("800.00"), "openingCash", new BigDecimal("50.00"),
                "statementBalance", new BigDecimal("1583.01"), "notDebited", new BigDecimal("420.00"), "notCredited", BigDecimal.ZERO,
                "cash", new BigDecimal("40.00"), "verifierParent", "Mme Claire LEROY", "verifierTeacher", "M. Paul ROUX"));
        typed.put("headings", List.of(Map.of("code", "7562", "amount", 600), Map.of("code", "744", "amount", 300), Map.of("code", "708", "amount", 250),
                Map.of("code", "6586", "amount", new BigDecimal("136.99")), Map.of("code", "6068", "amount", 180), Map.of("code", "6251", "amount", 420),
                Map.of("code", "6232", "amount", 60)));
        int version = save(typed, null).statusCode(200).body("financial.books", equalTo("PAPER"))
                .body("financial.income", equalTo(1150.0f)).body("financial.charges", equalTo(796.99f))
                .body("financial.check.holds", equalTo(true)).extract().path("version");
        // a mistyped figure: the gap shows, and it may still be sent (staff see it)
        typed.put("cash", new BigDecimal("30.00"));
        version = save(typed, version).statusCode(200).body("financial.check.holds", equalTo(false)).body("financial.check.gap", equalTo(10.0f))
                .extract().path("version");
        save(typed, version - 1).statusCode(409); // stale
        // « Envoyer l'image »: the signed quitus (checked by content)
        as(mandataire).queryParam("kind", "QUITUS").multiPart("file", "quitus.txt", "pas une image".getBytes(), "image/png")
                .post(report + "/documents").then().statusCode(415).contentType("application/problem+json");
        as(mandataire).queryParam("kind", "QUITUS").multiPart("file", "quitus.png", org.coopenligne.support.Files.png(), "image/png")
                .post(report + "/documents").then().statusCode(201).body("kind", equalTo("QUITUS"));
        // (the report now says its quitus was sent: a new version)
        version = as(mandataire).get(report).then().body("documents", hasSize(1)).body("documents[0].kindLabel", equalTo("Quitus signé"))
                .extract().path("version");
        version = answer(version);
        as(mandataire).header("If-Match", "\"" + version + "\"").post(report + "/submission").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        as(staff).get("/api/departments/" + department + "/annual-reports?year=" + YEAR + "&status=SUBMITTED").then().statusCode(200)
                .body("items[0].gap", equalTo(10.0f)).body("items[0].books", equalTo("PAPER"))
                .body("items[0].quitusReceived", equalTo(true)).body("items[0].statementReceived", equalTo(false));
        // the queue's filters: a gap not zero, late (not: sent before 30 September), the quitus missing (not: it was sent)
        String queue = "/api/departments/" + department + "/annual-reports?year=" + YEAR;
        as(staff).get(queue + "&gap=true").then().statusCode(200).body("items", hasSize(1));
        as(staff).get(queue + "&late=true").then().statusCode(200).body("items", hasSize(0));
        as(staff).get(queue + "&quitusMissing=true").then().statusCode(200).body("items", hasSize(0));
        as(staff).get(queue + "&gap=peut-etre").then().statusCode(400).contentType("application/problem+json");
        // sent: nothing more is attached until staff send it back
        as(mandataire).queryParam("kind", "AUGUST_STATEMENT").multiPart("file", "releve.png", org.coopenligne.support.Files.png(), "image/png")
                .post(report + "/documents").then().statusCode(409);
    }

    @Test
    void shouldAskTheDepartmentsOwnQuestionsOfTheYearAndGoBackToTheDefault() {
        String questions = "/api/departments/" + department + "/report-questions/" + YEAR;
        as(staff).get(questions).then().statusCode(200).body("origin", equalTo("NATIONAL")).body("questions", hasSize(7));
        as(staff).contentType(ContentType.JSON).body(Map.of("questions", List.of(
                        Map.of("code", "councils", "label", "Conseils tenus", "kind", "NUMBER", "required", true),
                        Map.of("code", "councils", "label", "Encore", "kind", "TEXT", "required", false))))
                .put(questions).then().statusCode(400).body("violations[0].field", equalTo("questions[1].code"));
        as(staff).contentType(ContentType.JSON).body(Map.of("questions", List.of(
                        Map.of("code", "garden", "label", "Le jardin de l'école", "kind", "CHOICE", "choices", List.of("Oui"), "required", false))))
                .put(questions).then().statusCode(400).body("violations[0].field", equalTo("questions[0].choices"));
        as(staff).contentType(ContentType.JSON).body(Map.of("questions", List.of(
                        Map.of("code", "councils", "label", "Conseils tenus", "kind", "NUMBER", "required", true),
                        Map.of("code", "garden", "label", "Le jardin de l'école", "kind", "CHOICE", "choices", List.of("Potager", "Fleurs"), "required", false))))
                .put(questions).then().statusCode(200).body("origin", equalTo("DEPARTMENT")).body("questions.code", org.hamcrest.Matchers.contains("councils", "garden"));
        as(mandataire).get(report).then().body("activity.code", org.hamcrest.Matchers.contains("councils", "garden"));
        as(mandataire).get(questions).then().statusCode(403);
        as(staff).delete(questions).then().statusCode(200).body("origin", equalTo("NATIONAL"));
        as(mandataire).get(report).then().body("activity", hasSize(7));
    }

    @Test
    void shouldNotSendAReportWithoutTheStatementsBalance() {
        as(mandataire).queryParam("kind", "QUITUS").multiPart("file", "quitus.png", org.coopenligne.support.Files.png(), "image/png")
                .post(report + "/documents").then().statusCode(409).body("detail", containsString("Enregistrez d'abord"));
        int version = save(Map.of("books", "LEDGER"), null).statusCode(200).extract().path("version");
        as(mandataire).header("If-Match", "\"" + version + "\"").post(report + "/submission").then().statusCode(422)
                .contentType("application/problem+json").body("violations.field", org.hamcrest.Matchers.contains("statementBalance",
                        "answers.classes", "answers.councils", "answers.assembly", "answers.projects", "verifierParent"));
        // answers are checked against their question's kind; nothing is written when one is wrong
        as(mandataire).header("If-Match", "\"" + version + "\"").contentType(ContentType.JSON).body(Map.of("answers", Map.of("councils", "six")))
                .put(report + "/activity").then().statusCode(400).body("violations[0].field", equalTo("answers.councils"));
        as(mandataire).header("If-Match", "\"" + version + "\"").contentType(ContentType.JSON).body(Map.of("answers", Map.of("assembly", "oui")))
                .put(report + "/activity").then().statusCode(400).body("violations[0].field", equalTo("answers.assembly"));
        as(mandataire).header("If-Match", "\"" + version + "\"").contentType(ContentType.JSON).body(Map.of("answers", Map.of("occe_actions", "Piscine")))
                .put(report + "/activity").then().statusCode(400).body("violations[0].field", equalTo("answers.occe_actions"));
        as(mandataire).header("If-Match", "\"" + version + "\"").contentType(ContentType.JSON).body(Map.of("answers", Map.of("inconnue", "1")))
                .put(report + "/activity").then().statusCode(400).body("violations[0].field", equalTo("answers.inconnue"));
        as(mandataire).get(report).then().body("version", equalTo(version)).body("activity.find { it.code == 'councils' }.answer", nullValue());
        version = answer(version);
        as(mandataire).get(report).then().body("activity.find { it.code == 'councils' }.answer", equalTo("6"))
                .body("activity.find { it.code == 'occe_actions' }.choices", hasSize(5));
        as(fixtures.tokenOf(fixtures.newActiveCooperative(department).login())).get(report).then().statusCode(403);
    }

    @Test
    void shouldPointAtABankOperationWrittenInSeptemberThatTheAugustStatementShows() {
        as(mandataire).contentType(ContentType.JSON).body(Map.of("bank", new BigDecimal("500.00"), "cash", BigDecimal.ZERO))
                .put("/api/cooperatives/" + coop.id() + "/ledger/openings/" + YEAR).then().statusCode(200);
        tick(entry("2024-10-01", "Participation des familles", "100.00", "INCOME", "TRANSFER", "7562", null), "2024-10-05");
        // the bank's fees of August, written on 2 September: in next year's ledger
        long fees = entry("2025-09-02", "Frais de tenue de compte", "12.00", "CHARGE", "DIRECT_DEBIT", "627", null);
        // the August statement shows them: 500 + 100 − 12
        save(Map.of("books", "LEDGER", "statementBalance", new BigDecimal("588.00")), null).statusCode(200)
                .body("financial.check.holds", equalTo(false)).body("financial.check.gap", equalTo(12.0f))
                .body("financial.causes.kind", contains("ENTRY_AFTER_YEAR"))
                .body("financial.causes.find { it.kind == 'ENTRY_AFTER_YEAR' }.entryId", equalTo((int) fees))
                .body("financial.causes.find { it.kind == 'ENTRY_AFTER_YEAR' }.message",
                        containsString("du 02/09/2025 « Frais de tenue de compte » (12,00\u00a0€) est datée après le 31/08"));
    }

    /** The activity report's required answers (the national default questionnaire). */
    private int answer(int version) {
        return as(mandataire).header("If-Match", "\"" + version + "\"").contentType(ContentType.JSON)
                .body(Map.of("answers", Map.of("classes", "4", "councils", "6", "assembly", "true", "projects", "Classe de mer, spectacle de fin d'année")))
                .put(report + "/activity").then().statusCode(200).extract().path("version");
    }

    private ValidatableResponse save(Map<String, Object> request, Integer version) {
        var spec = as(mandataire).contentType(ContentType.JSON).body(request);
        if (version != null) {
            spec.header("If-Match", "\"" + version + "\"");
        }
        return spec.put(report + "/financial").then();
    }

    private long entry(String date, String label, String amount, String kind, String means, String heading, String cheque) {
        return as(mandataire).contentType(ContentType.JSON).body(body(date, label, amount, kind, means, heading, cheque))
                .post("/api/cooperatives/" + coop.id() + "/ledger-entries").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> body(String date, String label, String amount, String kind, String means, String heading, String cheque) {
        Map<String, Object> body = new HashMap<>(Map.of("date", date, "label", label, "amount", new BigDecimal(amount), "kind", kind, "means", means));
        if (heading != null) {
            body.put("parts", List.of(Map.of("heading", heading)));
        }
        if (cheque != null) {
            body.put("chequeNumber", cheque);
        }
        return body;
    }

    private void tick(long entryId, String on) {
        int version = as(mandataire).get("/api/cooperatives/" + coop.id() + "/ledger?year=" + YEAR).then().extract()
                .path("lines.find { it.entry.id == " + entryId + " }.entry.version");
        Map<String, Object> clearing = new HashMap<>();
        clearing.put("clearedOn", on);
        as(mandataire).header("If-Match", "\"" + version + "\"").contentType(ContentType.JSON).body(clearing)
                .put("/api/ledger-entries/" + entryId + "/clearing").then().statusCode(200);
    }
}
