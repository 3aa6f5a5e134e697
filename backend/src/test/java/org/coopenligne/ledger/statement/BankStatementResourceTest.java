package org.coopenligne.ledger.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coopenligne.common.audit.AuditRecord;
import org.coopenligne.support.CooperativeBooksTest;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The statement of SPEC's worked example imported into books that already hold some of its movements: each line finds
 * its entry (the cheque by its number), the others become entries in one click, and the reconciliation comes out right.
 */
@QuarkusTest
class BankStatementResourceTest extends CooperativeBooksTest {
    private long deposit, cotisation, cheque1, cheque3;

    @BeforeEach
    void setUp() {
        as(mandataire).contentType(ContentType.JSON).body(Map.of("bank", new BigDecimal("800.00"), "cash", new BigDecimal("250.00")))
                .put("/api/cooperatives/" + coop.id() + "/ledger/openings/2025-2026").then().statusCode(200);
        deposit = entry("2025-09-07", "Remise de chèques : participation des familles", "600.00", "INCOME", "CHEQUE", null, "7068");
        cotisation = entry("2025-09-24", "Cotisation OCCE", "136.99", "CHARGE", "DIRECT_DEBIT", null, "6586");
        cheque1 = entry("2025-10-10", "Librairie", "180.00", "CHARGE", "CHEQUE", "0001", "6068");
        // the same amount, closer to the debit, but another cheque: not the one on the statement
        cheque3 = entry("2025-10-16", "Car de la sortie", "180.00", "CHARGE", "CHEQUE", "0003", "6068");
    }

    private long entry(String date, String label, String amount, String kind, String means, String cheque, String heading) {
        Map<String, Object> body = new HashMap<>(Map.of("date", date, "label", label, "amount", new BigDecimal(amount), "kind", kind, "means", means,
                "parts", List.of(Map.of("heading", heading))));
        if (cheque != null) {
            body.put("chequeNumber", cheque);
        }
        return ((Number) as(mandataire).contentType(ContentType.JSON).body(body).post("/api/cooperatives/" + coop.id() + "/ledger-entries")
                .then().statusCode(201).extract().path("id")).longValue();
    }

    private ValidatableResponse upload(String token, String name, byte[] bytes, Map<String, String> columns) {
        var request = as(token).multiPart("file", name, bytes, "application/octet-stream");
        for (var c : columns.entrySet()) {
            // as a browser's form sends it: UTF-8 text
            request = request.multiPart(new io.restassured.builder.MultiPartSpecBuilder(c.getValue()).controlName(c.getKey())
                    .mimeType("text/plain").charset(StandardCharsets.UTF_8).build());
        }
        return request.post("/api/cooperatives/" + coop.id() + "/bank-statements").then();
    }

    private ValidatableResponse lines(String token) {
        return as(token).get("/api/cooperatives/" + coop.id() + "/bank-lines?year=2025-2026").then();
    }

    private ValidatableResponse match(long line, long entry) {
        return as(mandataire).contentType(ContentType.JSON).body(Map.of("entryId", entry)).post("/api/bank-lines/" + line + "/match").then();
    }

    private ValidatableResponse write(long line, Map<String, Object> body) {
        return as(mandataire).contentType(ContentType.JSON).body(body).post("/api/bank-lines/" + line + "/entry").then();
    }

    @Test
    void shouldImportOnceMatchEachLineAndReconcileTheYear() {
        upload(mandataire, "releve-camt053.xml", StatementParserTest.sample("releve-camt053.xml"), Map.of()).statusCode(201)
                .body("format", equalTo("CAMT053")).body("lineCount", equalTo(5)).body("addedCount", equalTo(5))
                .body("closingBalance", equalTo(1583.01f)).body("closingDate", equalTo("2026-08-31"));
        // the same file again, then the same statement as the bank's CSV: nothing twice
        upload(mandataire, "releve-camt053.xml", StatementParserTest.sample("releve-camt053.xml"), Map.of()).statusCode(201).body("addedCount", equalTo(0));
        upload(mandataire, "banque.csv", StatementParserTest.sample("banque-signed-cp1252.csv"), Map.of()).statusCode(201)
                .body("format", equalTo("CSV")).body("lineCount", equalTo(5)).body("addedCount", equalTo(0));

        var read = lines(mandataire).statusCode(200)
                .body("lines", hasSize(5)).body("suggested", equalTo(3)).body("unmatched", equalTo(2)).body("imports", hasSize(3))
                .body("lines.status", contains("SUGGESTED", "SUGGESTED", "SUGGESTED", "NEW", "NEW"))
                .body("lines[0].entry.id", equalTo((int) deposit)).body("lines[1].entry.id", equalTo((int) cotisation))
                // the cheque by its number, not the closer entry of the same amount
                .body("lines[2].chequeNumber", equalTo("0001")).body("lines[2].entry.id", equalTo((int) cheque1))
                .body("lines[3].suggestedKind", equalTo("INCOME")).body("lines[3].suggestedMeans", equalTo("TRANSFER"))
                .body("lines[4].suggestedKind", equalTo("TRANSFER")).extract();
        List<Integer> ids = read.path("lines.id");

        match(ids.get(0), deposit).statusCode(200).body("status", equalTo("MATCHED")).body("entry.clearedOn", equalTo("2025-09-08"));
        // a line and an entry that differ are refused, with the field
        match(ids.get(1), deposit).statusCode(400).body("violations[0].field", equalTo("entryId"));
        match(ids.get(1), cotisation).statusCode(200);
        match(ids.get(2), cheque1).statusCode(200).body("entry.clearedOn", equalTo("2025-10-17"));

        // the subsidy, written from the line in one click; the cash paid in, as a transfer from the cash box
        write(ids.get(3), Map.of("kind", "CHARGE", "parts", List.of(Map.of("heading", "6068")))).statusCode(400)
                .body("violations[0].field", equalTo("kind"));
        write(ids.get(3), Map.of("kind", "INCOME", "label", "Subvention de la mairie de Vienne", "parts", List.of(Map.of("heading", "744"))))
                .statusCode(201).body("status", equalTo("MATCHED")).body("entry.label", equalTo("Subvention de la mairie de Vienne"))
                .body("entry.bankAmount", equalTo(300.0f)).body("entry.clearedOn", equalTo("2025-11-20"));
        write(ids.get(4), Map.of("kind", "TRANSFER")).statusCode(201).body("entry.bankAmount", equalTo(200.0f));
        write(ids.get(4), Map.of("kind", "TRANSFER")).statusCode(409);

        lines(mandataire).body("matched", equalTo(5)).body("suggested", equalTo(0)).body("unmatched", equalTo(0));
        // the books: 800 + 600 − 136,99 − 180 − 180 + 300 + 200 = 1 403,01; cheque 0003 not debited: the statement's 1 583,01
        as(mandataire).get("/api/cooperatives/" + coop.id() + "/ledger/reconciliation?date=2026-08-31&statementBalance=1583.01").then().statusCode(200)
                .body("bookBalance", equalTo(1403.01f)).body("notDebited", equalTo(180.0f)).body("notCredited", equalTo(0.0f))
                .body("gap", equalTo(0.0f)).body("notDebitedEntries.id", contains((int) cheque3));
        as(mandataire).get("/api/cooperatives/" + coop.id() + "/ledger?year=2025-2026").then().statusCode(200)
                .body("closing.cash", equalTo(50.0f)).body("closing.bank", equalTo(1403.01f));

        // undone: the entry is unticked and offered again
        int version = lines(mandataire).extract().path("lines[0].version");
        as(mandataire).header("If-Match", "\"" + version + "\"").delete("/api/bank-lines/" + ids.get(0) + "/match").then().statusCode(200)
                .body("status", equalTo("NEW"));
        lines(mandataire).body("lines[0].status", equalTo("SUGGESTED")).body("lines[0].entry.clearedOn", nullValue());

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(AuditRecord.count("cooperativeId = ?1 and action = ?2", coop.id(),
                    "BANK_STATEMENT_IMPORTED")).isEqualTo(3);
            assertThat(AuditRecord.count("cooperativeId = ?1 and action = ?2", coop.id(),
                    "BANK_LINE_MATCHED")).isEqualTo(5);
        });
    }

    @Test
    void shouldAskOnceForTheColumnsOfAnUnknownBank() {
        byte[] csv = "Jour;Opération;Somme\n03/10/2025;VIR APE;150,00\n".getBytes(StandardCharsets.UTF_8);
        upload(mandataire, "banque.csv", csv, Map.of()).statusCode(422).contentType("application/problem+json")
                .body("affected", contains("Jour", "Opération", "Somme"));
        upload(mandataire, "banque.csv", csv, Map.of("dateColumn", "Jour", "labelColumn", "Inconnue", "amountColumn", "Somme")).statusCode(400)
                .body("violations[0].field", equalTo("labelColumn"));
        upload(mandataire, "banque.csv", csv, Map.of("dateColumn", "Jour", "labelColumn", "Opération", "amountColumn", "Somme")).statusCode(201)
                .body("addedCount", equalTo(1));
        // the next statement of that bank: the columns are remembered
        byte[] next = "Jour;Opération;Somme\n03/10/2025;VIR APE;150,00\n05/11/2025;CB PAPETERIE;-23,40\n".getBytes(StandardCharsets.UTF_8);
        upload(mandataire, "banque-nov.csv", next, Map.of()).statusCode(201).body("lineCount", equalTo(2)).body("addedCount", equalTo(1));
        lines(mandataire).body("lines[1].suggestedMeans", equalTo("CARD")).body("lines[1].suggestedKind", equalTo("CHARGE"));
    }

    @Test
    void shouldImportNothingFromAFileItCannotRead() {
        upload(mandataire, "scan.pdf", "%PDF-1.7 relevé".getBytes(StandardCharsets.UTF_8), Map.of()).statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("file"));
        upload(mandataire, "banque.csv", "Date;Libellé;Montant\n03/10/2025;VIR APE;150,00\n04/10/2025;CHEQUE;douze\n".getBytes(StandardCharsets.UTF_8),
                Map.of()).statusCode(400);
        lines(mandataire).body("lines", hasSize(0)).body("imports", hasSize(0));
    }

    @Test
    void shouldKeepTheLinesToTheCooperativeAndLetStaffReadOnly() {
        upload(mandataire, "releve.ofx", StatementParserTest.sample("releve.ofx"), Map.of()).statusCode(201).body("format", equalTo("OFX"));
        String staff = fixtures.tokenOf(fixtures.newStaff(department));
        lines(staff).statusCode(200).body("lines", hasSize(5));
        upload(staff, "releve.ofx", StatementParserTest.sample("releve.ofx"), Map.of()).statusCode(403);
        int line = lines(mandataire).extract().path("lines[0].id");
        as(staff).contentType(ContentType.JSON).body(Map.of("entryId", deposit)).post("/api/bank-lines/" + line + "/match").then().statusCode(403);

        Fixtures.Coop other = fixtures.newActiveCooperative(department);
        String intruder = fixtures.tokenOf(other.login());
        lines(intruder).statusCode(403);
        as(intruder).contentType(ContentType.JSON).body(Map.of("entryId", deposit)).post("/api/bank-lines/" + line + "/match").then().statusCode(403);
        String otherStaff = fixtures.tokenOf(fixtures.newStaff(fixtures.newDepartment()));
        lines(otherStaff).statusCode(403);
    }
}
