package org.coopenligne.adhesion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Api.addLine;
import static org.coopenligne.support.Api.declarations;
import static org.coopenligne.support.Api.declare;
import static org.coopenligne.support.Api.line;
import static org.coopenligne.support.Api.open;
import static org.coopenligne.support.Api.submit;
import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.mailer.Mail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coopenligne.support.Files;
import org.coopenligne.support.Fixtures;
import org.coopenligne.support.MailboxTest;
import org.coopenligne.support.Pdfs;
import org.junit.jupiter.api.Test;

/** The September loop of SPEC.md steps 6 to 9, through the API, with the emails it sends. */
@QuarkusTest
class ReviewWorkflowTest extends MailboxTest {

    private record Season(Fixtures.Coop coop, String mandataire, String staff, int adhesionId) {}

    /** A cooperative of a department of its own, its adhesion submitted: one class of 1 adult and 24 pupils, insured, by cheque. */
    private Season submitted() {
        String dept = fixtures.newDepartment();
        Fixtures.Coop coop = fixtures.newActiveCooperative(dept);
        String mandataire = fixtures.tokenOf(coop.login());
        String staff = fixtures.tokenOf(fixtures.newStaff(dept));
        int[] opened = open(mandataire, coop.id());
        int v = version(addLine(mandataire, opened[0], opened[1], line("CM1-CM2", "Jean DUPONT", null, 1, 24)).statusCode(201));
        v = version(declare(mandataire, opened[0], v, declarations(true, "0", "0", List.of(), "0", "CHEQUE")).statusCode(200));
        submit(mandataire, opened[0], v).statusCode(200).body("status", equalTo("SUBMITTED"));
        return new Season(coop, mandataire, staff, opened[0]);
    }

    private static int version(ValidatableResponse r) {
        return r.extract().path("version");
    }

    private static int versionOf(String token, int adhesionId) {
        return as(token).get("/api/adhesions/" + adhesionId).then().statusCode(200).extract().path("version");
    }

    private static ValidatableResponse uploadEngagement(String token, int adhesionId, byte[] content, String name, String type) {
        return as(token).multiPart("file", name, content, type).post("/api/adhesions/" + adhesionId + "/engagement/uploads").then();
    }

    private static Map<String, Object> checklist(boolean paid, boolean engagement) {
        Map<String, Object> m = new HashMap<>();
        m.put("paymentReceived", paid);
        m.put("paymentAmount", paid ? new java.math.BigDecimal("55.00") : null);
        m.put("paymentMethod", paid ? "CHEQUE" : null);
        m.put("paymentReference", paid ? "Chèque n° 1234567" : null);
        m.put("paymentDate", paid ? "2025-09-12" : null);
        m.put("engagementReceived", engagement);
        m.put("mandataireChangeForm", "NONE");
        return m;
    }

    private static ValidatableResponse review(String staff, int adhesionId, Map<String, Object> checklist) {
        return as(staff).header("If-Match", "\"" + versionOf(staff, adhesionId) + "\"").contentType(ContentType.JSON).body(checklist)
                .put("/api/adhesions/" + adhesionId + "/review").then();
    }

    private static ValidatableResponse validate(String staff, int adhesionId) {
        return as(staff).header("If-Match", "\"" + versionOf(staff, adhesionId) + "\"").post("/api/adhesions/" + adhesionId + "/review/validation").then();
    }

    private static byte[] pdf(String token, String path) {
        return as(token).get(path).then().statusCode(200).contentType("application/pdf").extract().asByteArray();
    }

    @Test
    void shouldPlayTheWholeSeason() {
        Season s = submitted();
        int id = s.adhesionId();

        String engagement = Pdfs.text(pdf(s.mandataire(), "/api/adhesions/" + id + "/engagement/form"));
        assertThat(engagement).contains("Engagement du mandataire", s.coop().login().toUpperCase(), "55,00 €", "2025 - 2026");

        uploadEngagement(s.mandataire(), id, Files.png(), "engagement signe.png", "image/png").statusCode(201)
                .body("kind", equalTo("ENGAGEMENT")).body("contentType", equalTo("image/png")).body("current", equalTo(true));
        as(s.mandataire()).get("/api/adhesions/" + id + "/engagement/uploads").then().statusCode(200).body("$", hasSize(1))
                .body("[0].name", equalTo("engagement signe.png"));

        as(s.staff()).get("/api/departments/" + s.coop().departmentCode() + "/review-queue").then().statusCode(200)
                .body("items.adhesionId", hasItem(id)).body("items[0].engagementUploaded", equalTo(true))
                // the school, not only its code
                .body("items.find { it.adhesionId == " + id + " }.schoolName", equalTo("École de test " + s.coop().number()))
                .body("items.find { it.adhesionId == " + id + " }.city", equalTo("CAHORS"));
        as(s.staff()).get("/api/departments/" + s.coop().departmentCode() + "/review-queue?missing=PAYMENT").then().statusCode(200)
                .body("items.adhesionId", hasItem(id));

        // Staff ask for a correction: the mandataire sees the message and gets an email.
        as(s.staff()).header("If-Match", "\"" + versionOf(s.staff(), id) + "\"").contentType(ContentType.JSON)
                .body(Map.of("message", "Il manque la signature du second signataire."))
                .post("/api/adhesions/" + id + "/review/correction-request").then().statusCode(200)
                .body("status", equalTo("CORRECTION_REQUESTED"))
                .body("correctionMessage", equalTo("Il manque la signature du second signataire."));
        List<Mail> correction = mailbox.getMailsSentTo("ce." + s.coop().number() + "@example.org");
        assertThat(correction).hasSize(1);
        assertThat(correction.get(0).getSubject()).contains("à corriger");
        assertThat(correction.get(0).getText()).contains("Il manque la signature du second signataire.");

        // The mandataire replaces the engagement and submits again.
        uploadEngagement(s.mandataire(), id, Files.pdf(), "engagement.pdf", "application/pdf").statusCode(201);
        as(s.mandataire()).get("/api/adhesions/" + id + "/engagement/uploads").then().statusCode(200).body("$", hasSize(2))
                .body("[0].current", equalTo(true)).body("[1].current", equalTo(false));
        submit(s.mandataire(), id, versionOf(s.mandataire(), id)).statusCode(200).body("status", equalTo("SUBMITTED"));

        // Certificates do not exist before validation.
        as(s.mandataire()).get("/api/adhesions/" + id + "/certificates/MEMBERSHIP").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("une fois l'adhésion validée"));

        // Validation is refused while the checklist is incomplete, with every reason.
        validate(s.staff(), id).statusCode(409).body("type", containsString("validation-refused"))
                .body("violations.field", hasItems("paymentReceived", "engagementReceived"))
                // the message names the box as the review page labels it
                .body("violations.find { it.field == 'engagementReceived' }.message",
                        equalTo("Cochez « Engagement vérifié (daté et signé) » après avoir vérifié la date et les signatures."));

        review(s.staff(), id, checklist(true, true)).statusCode(200)
                .body("review.paymentReceived", equalTo(true)).body("review.paymentAmount", equalTo(55.0f))
                .body("review.engagementReceived", equalTo(true));
        validate(s.staff(), id).statusCode(200).body("status", equalTo("VALIDATED"))
                .body("review.registrationCode", equalTo("25/0001 A"));

        List<Mail> validated = mailbox.getMailsSentTo("ce." + s.coop().number() + "@example.org");
        assertThat(validated).extracting(Mail::getSubject).anySatisfy(subject -> assertThat(subject).contains("validée"));

        // The certificates, their text, their public verification.
        List<Map<String, Object>> certificates = as(s.mandataire()).get("/api/adhesions/" + id + "/certificates").then().statusCode(200)
                .body("$", hasSize(2)).extract().path("$");
        String membershipCode = (String) certificates.stream().filter(c -> c.get("kind").equals("MEMBERSHIP")).findFirst().orElseThrow()
                .get("verificationCode");
        assertThat(membershipCode).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        String membership = Pdfs.text(pdf(s.mandataire(), "/api/adhesions/" + id + "/certificates/MEMBERSHIP"));
        assertThat(membership).contains("25/0001 A", membershipCode, "2025 - 2026", "24");
        String insurance = Pdfs.text(pdf(s.mandataire(), "/api/adhesions/" + id + "/certificates/INSURANCE"));
        assertThat(insurance).contains("25/0001 A", "2 000,00 €").doesNotContain("Contrat");
        // the insurer and contract of the department's settings are printed once the department gave them
        QuarkusTransaction.requiringNew().run(() -> org.coopenligne.department.Department.update(
                "insurerName = 'MAE', insurerContractNumber = '2025-" + s.coop().departmentCode() + "-0001' where code = ?1",
                s.coop().departmentCode()));
        assertThat(Pdfs.text(pdf(s.mandataire(), "/api/adhesions/" + id + "/certificates/INSURANCE")))
                .contains("Contrat", "MAE, contrat n° 2025-" + s.coop().departmentCode() + "-0001");
        io.restassured.RestAssured.given().get("/api/public/certificates/" + membershipCode.toLowerCase()).then().statusCode(200)
                .body("current", equalTo(true)).body("registrationCode", equalTo("25/0001 A"))
                .body("cooperativeCode", equalTo(s.coop().login().toUpperCase()))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("mandataireName")));

        // The payment is written into the ledger once, with the means, cheque and voucher numbers the mandataire confirms.
        String ledger = "/api/cooperatives/" + s.coop().id() + "/ledger-entries";
        as(s.mandataire()).get(ledger + "/next-numbers?year=2025-2026").then().statusCode(200)
                .body("voucherNumber", equalTo(1)).body("chequeNumber", nullValue());
        String entry = "/api/adhesions/" + id + "/ledger-entry";
        as(s.mandataire()).post(entry).then().statusCode(415);
        as(s.mandataire()).contentType(ContentType.JSON).post(entry).then().statusCode(400);
        as(s.mandataire()).contentType(ContentType.JSON).body(Map.of("means", "CHEQUE", "voucherNumber", 1)).post(entry)
                .then().statusCode(400).body("violations[0].field", equalTo("chequeNumber"))
                .body("detail", equalTo("Indiquez le numéro du chèque."));
        as(s.mandataire()).contentType(ContentType.JSON).body(Map.of("means", "CHEQUE", "chequeNumber", "12a", "voucherNumber", 0)).post(entry)
                .then().statusCode(400).body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("chequeNumber", "voucherNumber"));
        as(s.mandataire()).contentType(ContentType.JSON).body(Map.of("means", "CHEQUE", "chequeNumber", "0012345", "voucherNumber", 1,
                "date", "2026-09-01")).post(entry).then().statusCode(400).body("violations[0].field", equalTo("date"));
        as(s.mandataire()).contentType(ContentType.JSON).body(Map.of("means", "SHELLS", "voucherNumber", 1)).post(entry)
                .then().statusCode(400);
        as(s.mandataire()).get(ledger + "?year=2025-2026").then().statusCode(200).body("items", hasSize(0));
        as(s.mandataire()).contentType(ContentType.JSON).body(Map.of("means", "CHEQUE", "chequeNumber", "0012345", "voucherNumber", 1))
                .post(entry).then().statusCode(201)
                .body("amountOut", equalTo(55.0f)).body("parts[0].heading", equalTo("6586"))
                .body("paymentMeans", equalTo("CHEQUE")).body("chequeNumber", equalTo("0012345")).body("voucherNumber", equalTo(1))
                .body("date", equalTo("2025-09-12"));
        as(s.mandataire()).contentType(ContentType.JSON).body(Map.of("means", "TRANSFER", "voucherNumber", 2)).post(entry)
                .then().statusCode(409).body("type", containsString("ledger-entry-exists"));
        // the next suggestions: voucher 2, the cheque after 0012345 (its zeros kept)
        as(s.mandataire()).get(ledger + "/next-numbers?year=2025-2026").then().statusCode(200)
                .body("voucherNumber", equalTo(2)).body("chequeNumber", equalTo("0012346"));
        as(s.mandataire()).get("/api/cooperatives/" + s.coop().id() + "/ledger-entries?year=2025-2026").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].label", containsString("Cotisation OCCE 2025 - 2026"));

        // A validated adhesion is locked for the mandataire.
        addLine(s.mandataire(), id, versionOf(s.mandataire(), id), line("CP", null, null, 1, 10)).statusCode(409)
                .body("type", containsString("adhesion-validated"));

        // Staff reopen it: the certificates stop being valid, the mandataire can correct again.
        as(s.staff()).header("If-Match", "\"" + versionOf(s.staff(), id) + "\"").contentType(ContentType.JSON)
                .body(Map.of("reason", "Une classe de plus en octobre."))
                .post("/api/adhesions/" + id + "/review/reopening").then().statusCode(200)
                .body("status", equalTo("CORRECTION_REQUESTED")).body("review.reopenReason", equalTo("Une classe de plus en octobre."));
        // its email links to the adhesion page of the SPA (the route /coop/:id/adhesion) and names its button
        assertThat(mailbox.getMailsSentTo("ce." + s.coop().number() + "@example.org")).filteredOn(m -> m.getSubject().contains("rouverte"))
                .singleElement().satisfies(m -> assertThat(m.getText()).contains("/coop/" + s.coop().id() + "/adhesion puis cliquez sur « Envoyer à l'OCCE »"));
        as(s.mandataire()).get("/api/adhesions/" + id + "/certificates/MEMBERSHIP").then().statusCode(404);
        as(s.mandataire()).get("/api/adhesions/" + id + "/certificates").then().statusCode(200).body("$", hasSize(0));
        io.restassured.RestAssured.given().get("/api/public/certificates/" + membershipCode).then().statusCode(200)
                .body("current", equalTo(false));
        addLine(s.mandataire(), id, versionOf(s.mandataire(), id), line("CP", null, null, 1, 10)).statusCode(201);

        // Validated again: the same registration code, new certificates.
        submit(s.mandataire(), id, versionOf(s.mandataire(), id)).statusCode(200);
        validate(s.staff(), id).statusCode(200).body("review.registrationCode", equalTo("25/0001 A"));
        List<String> codes = as(s.mandataire()).get("/api/adhesions/" + id + "/certificates").then().statusCode(200)
                .extract().path("verificationCode");
        assertThat(codes).hasSize(2).doesNotContain(membershipCode);
    }

    @Test
    void shouldRefuseTransitionsOutsideTheSpec() {
        Season s = submitted();
        int id = s.adhesionId();
        as(s.staff()).header("If-Match", "\"" + versionOf(s.staff(), id) + "\"").contentType(ContentType.JSON)
                .body(Map.of("reason", "Pour voir.")).post("/api/adhesions/" + id + "/review/reopening").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("Impossible de rouvrir cette adhésion : elle est « envoyée à l'OCCE », il faut qu'elle soit validée."));
        as(s.mandataire()).header("If-Match", "\"" + versionOf(s.mandataire(), id) + "\"").post("/api/adhesions/" + id + "/review/validation")
                .then().statusCode(403);
        as(s.mandataire()).contentType(ContentType.JSON).body(Map.of("means", "TRANSFER", "voucherNumber", 1))
                .post("/api/adhesions/" + id + "/ledger-entry").then().statusCode(409)
                .body("type", containsString("adhesion-not-validated"));
        // A draft of another cooperative: nothing to review, nothing to validate.
        Fixtures.Coop other = fixtures.newActiveCooperative(s.coop().departmentCode());
        String otherToken = fixtures.tokenOf(other.login());
        int[] draft = open(otherToken, other.id());
        validate(s.staff(), draft[0]).statusCode(409).body("type", containsString("status-transition-refused"))
                .body("detail", startsWith("Impossible de valider cette adhésion : elle est « "));
        // Every word of the sentence: "demander une correction pour cette adhésion", not "une correction cette adhésion".
        as(s.staff()).header("If-Match", "\"" + versionOf(s.staff(), draft[0]) + "\"").contentType(ContentType.JSON)
                .body(Map.of("message", "?")).post("/api/adhesions/" + draft[0] + "/review/correction-request").then().statusCode(409)
                .body("detail", startsWith("Impossible de demander une correction pour cette adhésion : elle est « "))
                .body("detail", endsWith(", il faut qu'elle soit envoyée à l'OCCE."));
        // Staff of another department reach nothing of it.
        String stranger = fixtures.tokenOf(fixtures.newStaff(fixtures.newDepartment()));
        as(stranger).header("If-Match", "\"" + versionOf(s.staff(), id) + "\"").post("/api/adhesions/" + id + "/review/validation")
                .then().statusCode(403);
        as(stranger).get("/api/departments/" + s.coop().departmentCode() + "/review-queue").then().statusCode(403);
        // A bad filter is a 400 naming the parameter.
        as(s.staff()).get("/api/departments/" + s.coop().departmentCode() + "/review-queue?missing=TOUT").then().statusCode(400)
                .body("violations[0].field", equalTo("missing"));
        // A stale checklist is refused.
        as(s.staff()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(checklist(false, false))
                .put("/api/adhesions/" + id + "/review").then().statusCode(409);
        // A payment received needs its amount, means and date; an engagement cannot be "received" before it is uploaded.
        Map<String, Object> noAmount = checklist(true, false);
        noAmount.put("paymentAmount", null);
        review(s.staff(), id, noAmount).statusCode(400).body("violations[0].field", equalTo("paymentAmount"));
        review(s.staff(), id, checklist(false, true)).statusCode(400).body("violations[0].field", equalTo("engagementReceived"));
    }

    @Test
    void shouldGiveDistinctRegistrationCodesWhenStaffValidateTogether() throws Exception {
        String dept = fixtures.newDepartment();
        String staffA = fixtures.tokenOf(fixtures.newStaff(dept));
        String staffB = fixtures.tokenOf(fixtures.newStaff(dept));
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Fixtures.Coop coop = fixtures.newActiveCooperative(dept);
            String token = fixtures.tokenOf(coop.login());
            int[] opened = open(token, coop.id());
            int v = version(addLine(token, opened[0], opened[1], line("CP", null, null, 1, 20)).statusCode(201));
            v = version(declare(token, opened[0], v, declarations(i % 2 == 0, "0", "0", List.of(), "0", "CHEQUE")).statusCode(200));
            submit(token, opened[0], v).statusCode(200);
            uploadEngagement(token, opened[0], Files.jpeg(), "scan.jpg", "image/jpeg").statusCode(201);
            review(staffA, opened[0], checklist(true, true)).statusCode(200);
            ids.add(opened[0]);
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                int id = ids.get(i);
                String staff = i % 2 == 0 ? staffA : staffB;
                calls.add(() -> validate(staff, id).statusCode(200).extract().path("review.registrationCode"));
            }
            Set<String> numbers = new HashSet<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                String code = f.get();
                assertThat(code).matches("25/000[1-6] [AS]");
                numbers.add(code.substring(0, 7));
            }
            assertThat(numbers).hasSize(6);
        } finally {
            pool.shutdownNow();
        }
    }
}
