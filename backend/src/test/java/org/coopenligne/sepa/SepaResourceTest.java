package org.coopenligne.sepa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.coopenligne.adhesion.Adhesion;
import org.coopenligne.adhesion.AdhesionStatus;
import org.coopenligne.common.audit.AuditRecord;
import org.coopenligne.cooperative.Cooperative;
import org.coopenligne.support.Fixtures;
import org.coopenligne.tariff.PaymentMeans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@QuarkusTest
class SepaResourceTest {

    static final String IBAN = "FR76 3000 6000 0112 3456 7890 189";
    static final String IBAN_2 = "FR7630004000031234567890143";

    @Inject Fixtures fixtures;

    String department;
    String staff;
    Fixtures.Coop coop;

    @BeforeEach
    void setUp() {
        department = fixtures.newDepartment();
        staff = fixtures.tokenOf(fixtures.newStaff(department));
        coop = fixtures.newActiveCooperative(department);
    }

    static Map<String, Object> mandate(Integer version, String iban, String bic, String reference, String date) {
        Map<String, Object> m = new HashMap<>();
        m.put("version", version);
        m.put("iban", iban);
        m.put("bic", bic);
        m.put("reference", reference);
        m.put("signatureDate", date);
        return m;
    }

    ValidatableResponse putMandate(String token, long cooperativeId, Map<String, Object> body) {
        return Fixtures.as(token).contentType(ContentType.JSON).body(body)
                .put("/api/cooperatives/" + cooperativeId + "/sepa-mandate").then();
    }

    ValidatableResponse putCreditor(String token, String code, Map<String, Object> body) {
        return Fixtures.as(token).contentType(ContentType.JSON).body(body).put("/api/departments/" + code + "/sepa-creditor").then();
    }

    static Map<String, Object> creditor(Integer version, String identifier) {
        Map<String, Object> m = new HashMap<>();
        m.put("version", version);
        m.put("name", "OCCE de l'Isère");
        m.put("identifier", identifier);
        m.put("iban", "FR76 3000 4000 0312 3456 7890 143");
        m.put("bic", "BNPAFRPPXXX");
        return m;
    }

    @Test
    void staffRecordANormalizedMandateTheMandataireOnlyReadsIt() {
        String mandataire = fixtures.tokenOf(coop.login());
        Fixtures.as(mandataire).get("/api/cooperatives/" + coop.id() + "/sepa-mandate").then().statusCode(200)
                .body("iban", nullValue()).body("version", nullValue())
                .body("proposedReference", equalTo("OCCE" + department + "-" + coop.number() + "-2025"));

        putMandate(mandataire, coop.id(), mandate(null, IBAN, "AGRIFRPP882", null, "2025-09-01")).statusCode(403);
        putMandate(staff, coop.id(), mandate(null, "fr76 3000 6000 0112 3456 7890 189", "agrifrpp882", null, "2025-09-01"))
                .statusCode(200).body("iban", equalTo("FR7630006000011234567890189")).body("ibanMasked", equalTo("FR76 •••• 0189"))
                .body("bic", equalTo("AGRIFRPP882")).body("reference", equalTo("OCCE" + department + "-" + coop.number() + "-2025"))
                .body("version", equalTo(0));
        Fixtures.as(mandataire).get("/api/cooperatives/" + coop.id() + "/sepa-mandate").then().statusCode(200)
                .body("iban", equalTo("FR7630006000011234567890189")).body("signatureDate", equalTo("2025-09-01"));

        // a stale version is refused and nothing changes
        putMandate(staff, coop.id(), mandate(null, IBAN_2, "AGRIFRPP882", "AUTRE", "2025-09-01")).statusCode(409);
        putMandate(staff, coop.id(), mandate(0, IBAN_2, "BNPAFRPP", "RUM-1", "2025-09-02")).statusCode(200)
                .body("iban", equalTo(IBAN_2)).body("reference", equalTo("RUM-1")).body("version", equalTo(1));

        // audited, before and after
        List<AuditRecord> audit = QuarkusTransaction.requiringNew().call(() -> AuditRecord.<AuditRecord>list(
                "entityType = 'SepaMandate' and entityId = ?1 order by id", String.valueOf(coop.id())));
        assertThat(audit).extracting(r -> r.action).containsExactly("SEPA_MANDATE_CREATED", "SEPA_MANDATE_UPDATED");
        assertThat(audit.get(1).beforeJson).contains("FR7630006000011234567890189");
        assertThat(audit.get(1).afterJson).contains(IBAN_2, "RUM-1");
    }

    @Test
    void wrongIbansBicsDatesAndTakenReferencesAreRefusedInFrenchWithTheField() {
        putMandate(staff, coop.id(), mandate(null, "FR76 3000 6000 0112 3456 7890 188", "AGRIFRPP", null, "2025-09-01"))
                .statusCode(400).body("violations[0].field", equalTo("iban")).body("detail", startsWith("Cet IBAN n'est pas valide"));
        putMandate(staff, coop.id(), mandate(null, "FR76 3000 6000 0112 3456 7890 18", "AGRIFRPP", null, "2025-09-01"))
                .statusCode(400).body("violations[0].field", equalTo("iban"))
                .body("detail", equalTo("Un IBAN français compte 27 caractères ; celui-ci en a 26."));
        putMandate(staff, coop.id(), mandate(null, IBAN, "AGRIFRP", null, "2025-09-01"))
                .statusCode(400).body("violations[0].field", equalTo("bic"));
        putMandate(staff, coop.id(), mandate(null, IBAN, "AGRIFRPP", null, "2026-01-01"))
                .statusCode(400).body("violations[0].field", equalTo("signatureDate"));
        putMandate(staff, coop.id(), mandate(null, "", "AGRIFRPP", "Référence", null))
                .statusCode(400).body("violations.field", hasItems("iban", "signatureDate", "reference"));
        Fixtures.as(staff).get("/api/cooperatives/" + coop.id() + "/sepa-mandate").then().statusCode(200).body("iban", nullValue());

        putMandate(staff, coop.id(), mandate(null, IBAN, "AGRIFRPP", "RUM-PRIS", "2025-09-01")).statusCode(200);
        Fixtures.Coop other = fixtures.newActiveCooperative(department);
        putMandate(staff, other.id(), mandate(null, IBAN, "AGRIFRPP", "rum-pris", "2025-09-01"))
                .statusCode(409).body("violations[0].field", equalTo("reference"));
    }

    @Test
    void theCreditorIdentifierIsCheckedAndOnlyTheDepartmentsStaffReachIt() {
        String otherStaff = fixtures.tokenOf(fixtures.newStaff(fixtures.newDepartment()));
        Fixtures.as(otherStaff).get("/api/departments/" + department + "/sepa-creditor").then().statusCode(403);
        Fixtures.as(fixtures.tokenOf(coop.login())).get("/api/departments/" + department + "/sepa-creditor").then().statusCode(403);
        putCreditor(otherStaff, department, creditor(null, "FR72ZZZ123456")).statusCode(403);

        putCreditor(staff, department, creditor(null, "FR12ZZZ123456")).statusCode(400)
                .body("violations[0].field", equalTo("identifier")).body("detail", startsWith("Cet identifiant créancier SEPA (ICS) n'est pas valide"));
        putCreditor(staff, department, creditor(null, "fr72 zzz 123456")).statusCode(200)
                .body("identifier", equalTo("FR72ZZZ123456")).body("iban", equalTo(IBAN_2)).body("version", equalTo(0));
        putCreditor(staff, department, creditor(null, "FR72ZZZ123456")).statusCode(409);
        Fixtures.as(fixtures.adminToken()).get("/api/departments/" + department + "/sepa-creditor").then().statusCode(200)
                .body("name", equalTo("OCCE de l'Isère"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditRecord.count(
                "action = 'SEPA_CREDITOR_CREATED' and entityId = ?1", department))).isEqualTo(1);
    }

    /** A validated adhesion, straight in the database, as the review would leave it. */
    long validated(Fixtures.Coop c, PaymentMeans means, String amount, AdhesionStatus status) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Cooperative coopEntity = Cooperative.findById(c.id());
            Adhesion a = new Adhesion();
            a.cooperativeId = c.id();
            a.cooperativeCode = coopEntity.code();
            a.departmentId = c.departmentId();
            a.schoolYear = "2025-2026";
            a.status = status;
            a.paymentMeans = means;
            a.amount = amount == null ? null : new BigDecimal(amount);
            a.submittedAmount = a.amount;
            a.createdAt = Instant.parse("2025-09-10T08:00:00Z");
            a.updatedAt = a.createdAt;
            a.submittedAt = a.createdAt;
            a.persist();
            return a.id;
        });
    }

    void rename(Fixtures.Coop c, String schoolName) {
        QuarkusTransaction.requiringNew().run(() -> Cooperative.<Cooperative>findById(c.id()).schoolName = schoolName);
    }

    @Test
    void theFileHoldsTheValidatedDirectDebitsToTheCentValidatesAndIsNotDebitedTwice() throws Exception {
        String base = "/api/departments/" + department + "/sepa-direct-debits";
        Fixtures.Coop a = coop;
        Fixtures.Coop b = fixtures.newActiveCooperative(department);
        Fixtures.Coop noMandate = fixtures.newActiveCooperative(department);
        Fixtures.Coop cheque = fixtures.newActiveCooperative(department);
        Fixtures.Coop submitted = fixtures.newActiveCooperative(department);
        rename(a, "École élémentaire « Les Œillets » & Cie");
        for (Fixtures.Coop c : List.of(a, b, cheque, submitted)) {
            putMandate(staff, c.id(), mandate(null, IBAN, "AGRIFRPP882", null, "2025-09-01")).statusCode(200);
        }
        validated(a, PaymentMeans.DIRECT_DEBIT_NOW, "136.99", AdhesionStatus.VALIDATED);
        validated(b, PaymentMeans.DIRECT_DEBIT_DECEMBER, "1157.11", AdhesionStatus.VALIDATED);
        validated(noMandate, PaymentMeans.DIRECT_DEBIT_NOW, "50.00", AdhesionStatus.VALIDATED);
        validated(cheque, PaymentMeans.CHEQUE, "20.00", AdhesionStatus.VALIDATED);
        validated(submitted, PaymentMeans.DIRECT_DEBIT_NOW, "30.00", AdhesionStatus.SUBMITTED);

        Fixtures.as(staff).get(base + "?year=2025-2026").then().statusCode(200)
                .body("count", equalTo(2)).body("total", equalTo(1294.10f)).body("refusedCount", equalTo(1))
                .body("creditorReady", equalTo(false)).body("candidates.totalItems", equalTo(3))
                .body("candidates.items[0].cooperativeId", equalTo((int) noMandate.id()))
                .body("candidates.items[0].refusal", equalTo("Aucun mandat de prélèvement SEPA n'est enregistré pour cette coopérative."))
                .body("candidates.items[1].refusal", nullValue());
        Fixtures.as(staff).get(base + "?means=DIRECT_DEBIT_DECEMBER").then().statusCode(200)
                .body("count", equalTo(1)).body("total", equalTo(1157.11f));
        Fixtures.as(staff).get(base + "?means=CHEQUE").then().statusCode(400).body("violations[0].field", equalTo("means"));
        Fixtures.as(staff).get(base + "?year=2025").then().statusCode(400).body("violations[0].field", equalTo("year"));

        Map<String, Object> request = new HashMap<>(Map.of("schoolYear", "2025-2026", "collectionDate", "2025-10-05"));
        Fixtures.as(staff).contentType(ContentType.JSON).body(request).post(base).then().statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("/sepa-creditor-missing"));
        putCreditor(staff, department, creditor(null, "FR72ZZZ123456")).statusCode(200);
        Fixtures.as(staff).contentType(ContentType.JSON).body(Map.of("schoolYear", "2025-2026", "collectionDate", "2025-09-15"))
                .post(base).then().statusCode(400).body("violations[0].field", equalTo("collectionDate"));

        int batchId = Fixtures.as(staff).contentType(ContentType.JSON).body(request).post(base).then().statusCode(201)
                .body("count", equalTo(2)).body("controlSum", equalTo(1294.10f)).body("refusedCount", equalTo(1))
                .body("means", hasItems("DIRECT_DEBIT_NOW", "DIRECT_DEBIT_DECEMBER"))
                .body("messageId", startsWith("OCCE" + department + "-20250915-")).extract().path("id");

        byte[] xml = Fixtures.as(staff).get(base + "/batches/" + batchId + "/file").then().statusCode(200)
                .contentType(startsWith("application/xml")).extract().asByteArray();
        Pain008Schema.validate(xml);
        Document doc = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertThat(text(doc, "GrpHdr", "NbOfTxs")).isEqualTo("2");
        assertThat(text(doc, "GrpHdr", "CtrlSum")).isEqualTo("1294.10");
        assertThat(doc.getElementsByTagName("PmtInf").getLength()).isEqualTo(1);
        assertThat(text(doc, "PmtTpInf", "SeqTp")).isEqualTo("FRST");
        assertThat(text(doc, "PmtInf", "ReqdColltnDt")).isEqualTo("2025-10-05");
        assertThat(text(doc, "Othr", "Id")).isEqualTo("FR72ZZZ123456");
        NodeList amounts = doc.getElementsByTagName("InstdAmt");
        assertThat(List.of(amounts.item(0).getTextContent(), amounts.item(1).getTextContent())).containsExactlyInAnyOrder("136.99", "1157.11");
        NodeList ids = doc.getElementsByTagName("EndToEndId");
        Set<String> unique = new HashSet<>();
        for (int i = 0; i < ids.getLength(); i++) {
            unique.add(ids.item(i).getTextContent());
        }
        assertThat(unique).hasSize(2);
        String content = new String(xml, StandardCharsets.UTF_8);
        assertThat(content).contains("<Nm>Cooperative scolaire Ecole elementaire Les OEillets + Cie</Nm>", "<Nm>OCCE de l'Isere</Nm>")
                .doesNotContain("é", "Œ", "&amp;");
        // the same bytes when downloaded again
        assertThat(Fixtures.as(staff).get(base + "/batches/" + batchId + "/file").then().extract().asByteArray()).isEqualTo(xml);

        // already debited: left out of the next file, with the reason, unless asked
        Fixtures.as(staff).get(base).then().statusCode(200).body("count", equalTo(0)).body("refusedCount", equalTo(3))
                .body("candidates.items.refusal", hasItems(org.hamcrest.Matchers.startsWith("Déjà dans le fichier OCCE" + department)));
        Fixtures.as(staff).contentType(ContentType.JSON).body(request).post(base).then().statusCode(409);
        request.put("includeDebited", true);
        request.put("means", List.of("DIRECT_DEBIT_DECEMBER"));
        int second = Fixtures.as(staff).contentType(ContentType.JSON).body(request).post(base).then().statusCode(201)
                .body("count", equalTo(1)).body("controlSum", equalTo(1157.11f)).extract().path("id");
        byte[] again = Fixtures.as(staff).get(base + "/batches/" + second + "/file").then().statusCode(200).extract().asByteArray();
        Pain008Schema.validate(again);
        assertThat(new String(again, StandardCharsets.UTF_8)).contains("<SeqTp>RCUR</SeqTp>").doesNotContain("FRST");

        Fixtures.as(staff).get(base + "/batches").then().statusCode(200).body("totalItems", equalTo(2))
                .body("items[0].id", equalTo(second)).body("items[1].count", equalTo(2));
        List<AuditRecord> audit = QuarkusTransaction.requiringNew().call(() -> AuditRecord.<AuditRecord>list(
                "action = 'SEPA_BATCH_CREATED' and entityId = ?1", String.valueOf(batchId)));
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).afterJson).contains("1294.10");

        // another department's staff reach none of it; a batch of another department is not found
        String otherDepartment = fixtures.newDepartment();
        String otherStaff = fixtures.tokenOf(fixtures.newStaff(otherDepartment));
        Fixtures.as(otherStaff).get(base).then().statusCode(403);
        Fixtures.as(otherStaff).get(base + "/batches/" + batchId + "/file").then().statusCode(403);
        Fixtures.as(otherStaff).contentType(ContentType.JSON).body(request).post(base).then().statusCode(403);
        Fixtures.as(otherStaff).get("/api/departments/" + otherDepartment + "/sepa-direct-debits/batches/" + batchId + "/file")
                .then().statusCode(404);
        Fixtures.as(fixtures.tokenOf(coop.login())).get(base + "/batches").then().statusCode(403);
    }

    private static String text(Document doc, String parent, String child) {
        Element p = (Element) doc.getElementsByTagName(parent).item(0);
        return p.getElementsByTagName(child).item(0).getTextContent();
    }
}
