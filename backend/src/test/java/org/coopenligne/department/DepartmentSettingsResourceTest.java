package org.coopenligne.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Api.addLine;
import static org.coopenligne.support.Api.declarations;
import static org.coopenligne.support.Api.declare;
import static org.coopenligne.support.Api.line;
import static org.coopenligne.support.Api.open;
import static org.coopenligne.support.Api.submit;
import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coopenligne.common.audit.AuditRecord;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.support.Fixtures;
import org.coopenligne.tariff.TariffService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Settings of a department: contacts, insurer contract, the text of the emails (issue 6). */
@QuarkusTest
class DepartmentSettingsResourceTest {

    @Inject Fixtures fixtures;
    @Inject MockMailbox mailbox;
    @Inject DepartmentSettingsService settings;
    @Inject TariffService tariffs;

    @BeforeEach
    void clearMailbox() {
        mailbox.clear();
    }

    private static ValidatableResponse read(String token, String code) {
        return as(token).get("/api/departments/" + code + "/settings").then();
    }

    private static ValidatableResponse put(String token, String code, Map<String, Object> body) {
        return as(token).contentType(ContentType.JSON).body(body).put("/api/departments/" + code + "/settings").then();
    }

    private static Map<String, Object> update(int version) {
        Map<String, Object> m = new HashMap<>();
        m.put("version", version);
        m.put("addressLine", "2 rue des Tests");
        m.put("postalCode", "46000");
        m.put("city", "Cahors");
        m.put("email", "ad@example.org");
        m.put("phone", "05 65 00 00 00");
        m.put("website", "https://www.example.org");
        m.put("contactName", "Isabelle TESTEUSE");
        m.put("openingHours", "Du lundi au jeudi, 9 h - 12 h");
        m.put("insurerName", "Mutuelle de test");
        m.put("insurerContractNumber", "C-0001");
        m.put("insurerDetails", "Responsabilité civile et matériel jusqu'à 2 000 €.");
        m.put("emailTemplates", new ArrayList<>());
        return m;
    }

    private static Map<String, Object> template(String kind, String subject, String body) {
        Map<String, Object> t = new HashMap<>();
        t.put("kind", kind);
        t.put("subject", subject);
        t.put("body", body);
        return t;
    }

    @SuppressWarnings("unchecked")
    private static void addTemplate(Map<String, Object> update, Map<String, Object> template) {
        ((List<Object>) update.get("emailTemplates")).add(template);
    }

    private static int version(String token, String code) {
        return read(token, code).statusCode(200).extract().path("version");
    }

    @Test
    void shouldShowEveryEmailWithItsDefaultTextAndPlaceholders() {
        String dept = fixtures.newDepartment();
        String staff = fixtures.tokenOf(fixtures.newStaff(dept));
        read(staff, dept).statusCode(200)
                .body("code", equalTo(dept))
                .body("emailTemplates.kind", equalTo(List.of("REMINDER", "CORRECTION_REQUEST", "VALIDATION")))
                .body("emailTemplates.custom", equalTo(List.of(false, false, false)))
                .body("emailTemplates[1].label", equalTo("Demande de correction"))
                .body("emailTemplates[1].subject", equalTo("Votre adhésion {year} est à corriger"))
                .body("emailTemplates[1].placeholders.name", hasItems("{cooperative}", "{school}", "{year}", "{deadline}", "{department}", "{message}"))
                .body("emailTemplates[2].placeholders.name", hasItem("{code}"))
                .body("emailTemplates[0].placeholders.name", org.hamcrest.Matchers.not(hasItem("{code}")));
    }

    @Test
    void shouldSaveTheSettingsAuditThemAndShowThePublicPartToMandataires() {
        String dept = fixtures.newDepartment();
        String staffLogin = fixtures.newStaff(dept);
        String staff = fixtures.tokenOf(staffLogin);
        Map<String, Object> u = update(version(staff, dept));
        addTemplate(u, template("CORRECTION_REQUEST", "À corriger : {cooperative}", "Bonjour {school},\n{message}\n{department}"));
        put(staff, dept, u).statusCode(200)
                .body("city", equalTo("CAHORS"))
                .body("contactName", equalTo("Isabelle TESTEUSE"))
                .body("insurerName", equalTo("Mutuelle de test"))
                .body("insurerContractNumber", equalTo("C-0001"))
                .body("emailTemplates[1].custom", equalTo(true))
                .body("emailTemplates[1].subject", equalTo("À corriger : {cooperative}"))
                .body("emailTemplates[0].custom", equalTo(false))
                .body("updatedBy", equalTo(staffLogin));
        long deptId = QuarkusTransaction.requiringNew().call(() -> Department.<Department>find("code", dept).firstResult().id);
        AuditRecord audit = QuarkusTransaction.requiringNew().call(() -> AuditRecord.<AuditRecord>find(
                "departmentId = ?1 and action = 'DEPARTMENT_SETTINGS_UPDATED'", deptId).singleResult());
        assertThat(audit.actorLogin).isEqualTo(staffLogin);
        assertThat(audit.afterJson).contains("Isabelle TESTEUSE", "À corriger : {cooperative}");
        assertThat(audit.beforeJson).doesNotContain("Isabelle TESTEUSE");

        // a mandataire of the department reads the contacts (not the insurer contract nor the templates) through getDepartment
        Fixtures.Coop coop = fixtures.newActiveCooperative(dept);
        as(fixtures.tokenOf(coop.login())).get("/api/departments/" + dept).then().statusCode(200)
                .body("contactName", equalTo("Isabelle TESTEUSE")).body("openingHours", equalTo("Du lundi au jeudi, 9 h - 12 h"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("insurerName")));
        as(fixtures.tokenOf(coop.login())).get("/api/departments/" + dept + "/settings").then().statusCode(403);

        // leaving a template out goes back to the default text
        Map<String, Object> again = update(version(staff, dept));
        put(staff, dept, again).statusCode(200).body("emailTemplates[1].custom", equalTo(false))
                .body("emailTemplates[1].subject", equalTo("Votre adhésion {year} est à corriger"));
    }

    @Test
    void shouldRefuseAStaleVersionAndChangeNothing() {
        String dept = fixtures.newDepartment();
        String staff = fixtures.tokenOf(fixtures.newStaff(dept));
        int v = version(staff, dept);
        put(staff, dept, update(v)).statusCode(200).body("version", equalTo(v + 1));
        Map<String, Object> stale = update(v);
        stale.put("contactName", "Quelqu'un d'autre");
        put(staff, dept, stale).statusCode(409).contentType("application/problem+json")
                .body("type", containsString("stale-version")).body("detail", containsString("modifiées entre-temps"));
        read(staff, dept).statusCode(200).body("contactName", equalTo("Isabelle TESTEUSE")).body("version", equalTo(v + 1));
    }

    @Test
    void shouldRefuseAnUnknownPlaceholderInFrenchNamingTheField() {
        String dept = fixtures.newDepartment();
        String staff = fixtures.tokenOf(fixtures.newStaff(dept));
        Map<String, Object> u = update(version(staff, dept));
        addTemplate(u, template("VALIDATION", "Validée ({code})", "Bonjour {directeur},\nValidée.\n{department}"));
        put(staff, dept, u).statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("emailTemplates.VALIDATION.body"))
                .body("violations[0].message", containsString("« {directeur} » n'est pas un champ du courriel « Adhésion validée »"))
                .body("violations[0].message", containsString("{cooperative}"));
        // {code} belongs to the validation email only
        Map<String, Object> reminder = update(version(staff, dept));
        addTemplate(reminder, template("REMINDER", "Relance {code}", "Bonjour,\n{department}"));
        put(staff, dept, reminder).statusCode(400).body("violations[0].field", equalTo("emailTemplates.REMINDER.subject"));
        // nothing was saved
        read(staff, dept).statusCode(200).body("contactName", equalTo(null)).body("emailTemplates.custom", equalTo(List.of(false, false, false)));
    }

    @Test
    void shouldRefuseACorrectionEmailWithoutTheMessageAnEmptyTextOrATemplateGivenTwice() {
        String dept = fixtures.newDepartment();
        String staff = fixtures.tokenOf(fixtures.newStaff(dept));
        Map<String, Object> u = update(version(staff, dept));
        addTemplate(u, template("CORRECTION_REQUEST", "À corriger", "Bonjour, votre adhésion est à corriger."));
        put(staff, dept, u).statusCode(400).body("violations[0].field", equalTo("emailTemplates.CORRECTION_REQUEST.body"))
                .body("violations[0].message", containsString("doit contenir {message}"));
        Map<String, Object> empty = update(version(staff, dept));
        addTemplate(empty, template("REMINDER", " ", "Bonjour"));
        put(staff, dept, empty).statusCode(400).body("violations[0].field", equalTo("emailTemplates.REMINDER.subject"))
                .body("violations[0].message", equalTo("Écrivez l'objet du courriel « Relance des coopératives »."));
        Map<String, Object> twice = update(version(staff, dept));
        addTemplate(twice, template("REMINDER", "Relance", "Bonjour"));
        addTemplate(twice, template("REMINDER", "Relance bis", "Bonjour"));
        put(staff, dept, twice).statusCode(400).body("violations[0].field", equalTo("emailTemplates.REMINDER"));
        Map<String, Object> badKind = update(version(staff, dept));
        addTemplate(badKind, template("NEWSLETTER", "Info", "Bonjour"));
        put(staff, dept, badKind).statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseBadContactsWithFrenchMessages() {
        String dept = fixtures.newDepartment();
        String staff = fixtures.tokenOf(fixtures.newStaff(dept));
        Map<String, Object> u = update(version(staff, dept));
        u.put("website", "occe.fr");
        u.put("email", "pas-une-adresse");
        put(staff, dept, u).statusCode(400)
                .body("violations.field", hasItems("website", "email"))
                .body("violations.message", hasItem("L'adresse e-mail n'est pas valide."));
        Map<String, Object> noVersion = update(0);
        noVersion.remove("version");
        put(staff, dept, noVersion).statusCode(400).body("violations[0].field", equalTo("version"));
    }

    @Test
    void shouldKeepStaffInTheirDepartment() {
        String dept = fixtures.newDepartment();
        String otherStaff = fixtures.tokenOf(fixtures.newStaff("038"));
        read(otherStaff, dept).statusCode(403).body("detail", containsString("pas le vôtre"));
        put(otherStaff, dept, update(0)).statusCode(403);
        read(fixtures.adminToken(), dept).statusCode(200);
        read(fixtures.adminToken(), "00A").statusCode(404).body("detail", containsString("« 00A »"));
    }

    @Test
    void shouldSendTheCorrectionAndValidationEmailsWithTheDepartmentsTexts() {
        String dept = fixtures.newDepartment();
        String staff = fixtures.tokenOf(fixtures.newStaff(dept));
        Map<String, Object> u = update(version(staff, dept));
        addTemplate(u, template("CORRECTION_REQUEST", "[{department}] {cooperative} : à corriger avant le {deadline}",
                "Bonjour,\nÉcole : {school}\nAnnée : {year}\n{message}\nLien : {link}/adhesion"));
        put(staff, dept, u).statusCode(200);

        Fixtures.Coop coop = fixtures.newActiveCooperative(dept);
        String mandataire = fixtures.tokenOf(coop.login());
        int[] opened = open(mandataire, coop.id());
        int v = addLine(mandataire, opened[0], opened[1], line("CP", "Mme Test", null, 1, 20)).statusCode(201).extract().path("version");
        v = declare(mandataire, opened[0], v, declarations(true, "0", "0", List.of(), "0", "CHEQUE")).statusCode(200).extract().path("version");
        v = submit(mandataire, opened[0], v).statusCode(200).extract().path("version");
        as(staff).header("If-Match", "\"" + v + "\"").contentType(ContentType.JSON).body(Map.of("message", "Il manque une classe."))
                .post("/api/adhesions/" + opened[0] + "/review/correction-request").then().statusCode(200);

        List<Mail> mails = mailbox.getMailsSentTo("ce." + coop.number() + "@example.org");
        assertThat(mails).hasSize(1);
        String code = coop.login().toUpperCase();
        assertThat(mails.get(0).getSubject()).isEqualTo("[OCCE de test " + dept + "] " + code + " : à corriger avant le 30/09/2025");
        assertThat(mails.get(0).getText()).contains("École : École de test " + coop.number() + ", CAHORS", "Année : 2025 - 2026",
                "Il manque une classe.", "Lien : http://localhost:8080/adhesion");
        assertThat(mailbox.getMailsSentTo("marie@example.org")).extracting(Mail::getSubject).containsExactly(mails.get(0).getSubject());

        // the default text of the validation email, with the registration code and the department's name
        String mandataireVersion = as(mandataire).get("/api/adhesions/" + opened[0]).then().extract().path("version").toString();
        submit(mandataire, opened[0], Integer.parseInt(mandataireVersion)).statusCode(200);
        Map<String, Object> checklist = new HashMap<>();
        checklist.put("paymentReceived", true);
        checklist.put("paymentAmount", new java.math.BigDecimal("47.00"));
        checklist.put("paymentMethod", "CHEQUE");
        checklist.put("paymentDate", "2025-09-12");
        checklist.put("engagementReceived", false);
        checklist.put("mandataireChangeForm", "NONE");
        int av = as(staff).get("/api/adhesions/" + opened[0]).then().extract().path("version");
        as(staff).multiPart("file", "e.png", org.coopenligne.support.Files.png(), "image/png")
                .post("/api/adhesions/" + opened[0] + "/engagement/uploads").then().statusCode(201);
        av = as(staff).get("/api/adhesions/" + opened[0]).then().extract().path("version");
        checklist.put("engagementReceived", true);
        as(staff).header("If-Match", "\"" + av + "\"").contentType(ContentType.JSON).body(checklist)
                .put("/api/adhesions/" + opened[0] + "/review").then().statusCode(200);
        av = as(staff).get("/api/adhesions/" + opened[0]).then().extract().path("version");
        String registration = as(staff).header("If-Match", "\"" + av + "\"").post("/api/adhesions/" + opened[0] + "/review/validation")
                .then().statusCode(200).extract().path("review.registrationCode");
        Mail validated = mailbox.getMailsSentTo("ce." + coop.number() + "@example.org").get(1);
        assertThat(validated.getSubject()).isEqualTo("Votre adhésion 2025 - 2026 est validée");
        assertThat(validated.getText()).contains("(code d'enregistrement " + registration + ")",
                "attestation d'adhésion, certificat d'assurance", "OCCE de test " + dept).doesNotContain("{");
    }

    @Test
    void shouldRenderATemplateForOtherFeatures() {
        String dept = fixtures.newDepartment();
        long deptId = QuarkusTransaction.requiringNew().call(() -> Department.<Department>find("code", dept).firstResult().id);
        Map<String, String> values = new HashMap<>(QuarkusTransaction.requiringNew().call(() -> tariffs.yearPlaceholders(deptId, SchoolYear.parse("2025-2026"))));
        values.put("cooperative", "900-0001");
        values.put("school", "École de test, TESTVILLE");
        EmailTemplates.Rendered r = QuarkusTransaction.requiringNew().call(() -> settings.renderTemplate(deptId, EmailKind.REMINDER, values));
        assertThat(r.subject()).isEqualTo("Adhésion 2025 - 2026 : à saisir avant le 30/09/2025");
        assertThat(r.body()).contains("coopérative 900-0001 (École de test, TESTVILLE)", "Merci de l'envoyer avant le 30/09/2025.",
                "http://localhost:8080/", "OCCE de test " + dept).doesNotContain("{");
    }
}
