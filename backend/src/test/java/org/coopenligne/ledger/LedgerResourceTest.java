package org.coopenligne.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coopenligne.common.audit.AuditRecord;
import org.coopenligne.support.CooperativeBooksTest;
import org.junit.jupiter.api.Test;

/** The cooperative's books of 2025-2026 (the test clock's year): write, split, transfer, balances, edits, rights. */
@QuarkusTest
class LedgerResourceTest extends CooperativeBooksTest {

    private static Map<String, Object> entry(String date, String label, String amount, String kind, String means, Object parts) {
        Map<String, Object> m = new HashMap<>(Map.of("date", date, "label", label, "amount", new java.math.BigDecimal(amount), "kind", kind, "means", means));
        if (parts != null) {
            m.put("parts", parts);
        }
        return m;
    }

    private static Map<String, Object> part(String heading, String amount) {
        Map<String, Object> m = new HashMap<>(Map.of("heading", heading));
        if (amount != null) {
            m.put("amount", new java.math.BigDecimal(amount));
        }
        return m;
    }

    private ValidatableResponse post(String token, Map<String, Object> body) {
        return as(token).contentType(ContentType.JSON).body(body).post("/api/cooperatives/" + coop.id() + "/ledger-entries").then();
    }

    private ValidatableResponse ledger(String token) {
        return as(token).get("/api/cooperatives/" + coop.id() + "/ledger?year=2025-2026").then();
    }

    @Test
    void shouldKeepTheBooksOfTheYearWithTheBalancesAfterEachEntry() {
        // a first year: the opening balances are typed once
        ledger(mandataire).statusCode(200).body("openingSource", equalTo("NONE")).body("lines", hasSize(0));
        as(mandataire).contentType(ContentType.JSON).body(Map.of("bank", new java.math.BigDecimal("1200.00"), "cash", new java.math.BigDecimal("45.50")))
                .put("/api/cooperatives/" + coop.id() + "/ledger/openings/2025-2026").then().statusCode(200)
                .body("openingSource", equalTo("TYPED")).body("opening.bank", equalTo(1200.0f)).body("openingVersion", equalTo(0));

        // families pay for an outing in cash; a subsidy from the town; a cheque split over two headings; cash to the bank
        post(mandataire, entry("2025-09-20", "Participation sortie au musée", "120.00", "INCOME", "CASH", List.of(part("7068", null))))
                .statusCode(201).body("voucherNumber", equalTo(1)).body("treasury", equalTo("CASH"))
                .body("parts[0].label", equalTo("Participation des familles aux sorties et activités"));
        post(mandataire, entry("2025-10-02", "Subvention de la mairie", "300.00", "INCOME", "TRANSFER", List.of(part("744", null))))
                .statusCode(201).body("voucherNumber", equalTo(2));
        post(mandataire, Map.of("date", "2025-10-05", "label", "Librairie : albums et cahiers", "amount", new java.math.BigDecimal("86.40"), "kind", "CHARGE",
                "means", "CHEQUE", "chequeNumber", "0045001",
                "parts", List.of(part("6181", "50.00"), part("6068", "36.40"))))
                .statusCode(201).body("parts", hasSize(2)).body("chequeNumber", equalTo("0045001"));
        post(mandataire, entry("2025-10-06", "Dépôt de la caisse à la banque", "100.00", "TRANSFER", "CASH", null))
                .statusCode(400).body("violations[0].field", equalTo("treasury"));
        Map<String, Object> transfer = entry("2025-10-06", "Dépôt de la caisse à la banque", "100.00", "TRANSFER", "CASH", null);
        transfer.put("treasury", "CASH");
        post(mandataire, transfer).statusCode(201).body("parts", hasSize(0));

        ledger(staff).statusCode(200)
                .body("lines", hasSize(4))
                .body("lines.entry.voucherNumber", contains(1, 2, 3, 4))
                .body("lines[0].cashBalance", equalTo(165.5f)).body("lines[0].bankBalance", equalTo(1200.0f))
                .body("lines[1].bankBalance", equalTo(1500.0f))
                .body("lines[2].bankBalance", equalTo(1413.6f))
                .body("lines[3].bankBalance", equalTo(1513.6f)).body("lines[3].cashBalance", equalTo(65.5f))
                .body("income", equalTo(420.0f)).body("charges", equalTo(86.4f))
                .body("closing.bank", equalTo(1513.6f)).body("closing.cash", equalTo(65.5f))
                // opening 1 245,50 + 420,00 − 86,40 = 1 579,10 = 1 513,60 + 65,50
                .body("totals.code", contains("6068", "6181", "7068", "744"))
                .body("totals.find { it.code == '6181' }.total", equalTo(50.0f));

        // the same year as a spreadsheet reads it: the opening, then each line with its balances
        String csv = new String(as(staff).get("/api/cooperatives/" + coop.id() + "/ledger/export.csv?year=2025-2026").then().statusCode(200)
                .header("Content-Disposition", containsString("cahier-" + coop.login().toUpperCase()))
                .extract().asByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(6)
                .satisfies(rows -> assertThat(rows[1]).isEqualTo(";01/09/2025;Report à nouveau;;;;;;;1200,00;45,50;"))
                .satisfies(rows -> assertThat(rows[4]).isEqualTo("3;05/10/2025;Librairie : albums et cahiers;dépense;"
                        + "6181 Documentation, livres, abonnements (50,00) + 6068 Fournitures pédagogiques (36,40);CHEQUE;0045001;0,00;86,40;1413,60;165,50;"));

        // the next year carries the closing over
        as(mandataire).get("/api/cooperatives/" + coop.id() + "/ledger?year=2026-2027").then().statusCode(200)
                .body("openingSource", equalTo("CARRIED")).body("opening.bank", equalTo(1513.6f)).body("opening.cash", equalTo(65.5f));
        // the next cheque is suggested
        as(mandataire).get("/api/cooperatives/" + coop.id() + "/ledger-entries/next-numbers?year=2025-2026").then().statusCode(200)
                .body("voucherNumber", equalTo(5)).body("chequeNumber", equalTo("0045002"));
    }

    @Test
    void shouldRefuseWhatWouldNotAddUpInFrenchAndWriteNothing() {
        post(mandataire, Map.of("date", "2025-10-05", "label", "Achats", "amount", new java.math.BigDecimal("86.40"), "kind", "CHARGE", "means", "TRANSFER",
                "parts", List.of(part("6181", "50.00"), part("6068", "30.00"))))
                .statusCode(400).body("violations[0].field", equalTo("parts"))
                .body("detail", containsString("La ventilation fait 80,00"));
        post(mandataire, entry("2025-10-05", "Achats", "10.00", "CHARGE", "TRANSFER", List.of(part("7541", null))))
                .statusCode(400).body("violations[0].field", equalTo("parts[0].heading")).body("detail", containsString("est une recette"));
        post(mandataire, entry("2025-10-05", "Achats", "10.00", "CHARGE", "TRANSFER", List.of(part("9999", null))))
                .statusCode(400).body("detail", containsString("n'est pas au plan"));
        post(mandataire, entry("2026-09-01", "Achats", "10.00", "CHARGE", "TRANSFER", List.of(part("6068", null))))
                .statusCode(201); // a date of the next year goes in the next year's books
        post(mandataire, entry("2025-10-05", "Achats", "10.00", "CHARGE", "CHEQUE", List.of(part("6068", null))))
                .statusCode(400).body("violations[0].field", equalTo("chequeNumber"));
        post(mandataire, entry("2025-10-05", "Achats", "-10.00", "CHARGE", "TRANSFER", List.of(part("6068", null))))
                .statusCode(400).body("violations[0].field", equalTo("amount"));
        post(mandataire, entry("2025-10-05", "  ", "10.00", "CHARGE", "TRANSFER", List.of(part("6068", null))))
                .statusCode(400).body("violations[0].field", equalTo("label"));
        // each part is checked too, and named by its place in the list
        post(mandataire, entry("2025-10-05", "Achats", "10.00", "CHARGE", "TRANSFER", List.of(part("6068", "10.005"))))
                .statusCode(400).body("violations[0].field", equalTo("parts[0].amount"))
                .body("violations[0].message", equalTo("Un montant a deux décimales au plus."));
        post(mandataire, entry("2025-10-05", "Achats", "10.00", "CHARGE", "TRANSFER", List.of(part("6068", "5.00"), part(" ", "5.00"))))
                .statusCode(400).body("violations[0].field", equalTo("parts[1].heading"));
        post(mandataire, entry("2025-10-05", "Achats", "10.00", "CHARGE", "TRANSFER", null))
                .statusCode(400).body("violations[0].field", equalTo("parts"));
        Map<String, Object> taken = entry("2025-10-05", "Achats", "10.00", "CHARGE", "TRANSFER", List.of(part("6068", null)));
        taken.put("voucherNumber", 1);
        post(mandataire, taken).statusCode(201);
        post(mandataire, taken).statusCode(400).body("violations[0].field", equalTo("voucherNumber"))
                .body("detail", containsString("le prochain numéro libre est 2"));
        ledger(mandataire).statusCode(200).body("lines", hasSize(1));
    }

    @Test
    void shouldEditWithTheVersionReadAndAuditEachChange() {
        int id = post(mandataire, entry("2025-11-10", "Photos de classe", "240.00", "INCOME", "CHEQUE", List.of(part("707", null))))
                .statusCode(201).extract().path("id");
        Map<String, Object> changed = entry("2025-11-10", "Photos de classe (vente)", "250.00", "INCOME", "CHEQUE", List.of(part("707", null)));
        as(mandataire).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(changed).put("/api/ledger-entries/" + id).then()
                .statusCode(200).body("amountIn", equalTo(250.0f)).body("version", equalTo(1));
        // a second edit from the same reading is refused, not lost
        as(mandataire).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(changed).put("/api/ledger-entries/" + id).then()
                .statusCode(409);
        as(mandataire).contentType(ContentType.JSON).body(changed).put("/api/ledger-entries/" + id).then().statusCode(428);
        // staff read the books but do not keep them; another cooperative does not reach them
        as(staff).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(changed).put("/api/ledger-entries/" + id).then().statusCode(403);
        post(staff, changed).statusCode(403);
        String other = fixtures.tokenOf(fixtures.newActiveCooperative(coop.departmentCode()).login());
        as(other).header("If-Match", "\"1\"").delete("/api/ledger-entries/" + id).then().statusCode(403);
        as(other).get("/api/cooperatives/" + coop.id() + "/ledger").then().statusCode(403);

        as(mandataire).header("If-Match", "\"1\"").delete("/api/ledger-entries/" + id).then().statusCode(204);
        as(mandataire).header("If-Match", "\"1\"").delete("/api/ledger-entries/" + id).then().statusCode(404);
        List<String> actions = QuarkusTransaction.requiringNew().call(() -> AuditRecord.<AuditRecord>find(
                "entityType = 'LedgerEntry' and entityId = ?1 order by id", String.valueOf(id)).list().stream().map(r -> r.action).toList());
        assertThat(actions).containsExactly("LEDGER_ENTRY_CREATED", "LEDGER_ENTRY_UPDATED", "LEDGER_ENTRY_DELETED");
    }

    @Test
    void shouldGiveTheChartOfTheYear() {
        as(mandataire).get("/api/cooperatives/" + coop.id() + "/ledger/headings?year=2025-2026").then().statusCode(200)
                .body("find { it.code == '6586' }.label", equalTo("Cotisations versées à l'OCCE (adhésion, assurance)"))
                .body("find { it.code == '512' }.kind", equalTo("TREASURY"))
                .body("findAll { it.kind == 'INCOME' }.code", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.startsWith("7")));
    }

    @Test
    void shouldReconcileTheBankWithAStatementFromTheTickedEntries() {
        as(mandataire).contentType(ContentType.JSON).body(Map.of("bank", new java.math.BigDecimal("1000.00"), "cash", java.math.BigDecimal.ZERO))
                .put("/api/cooperatives/" + coop.id() + "/ledger/openings/2025-2026").then().statusCode(200);
        int subsidy = post(mandataire, entry("2025-10-02", "Subvention de la mairie", "300.00", "INCOME", "TRANSFER", List.of(part("744", null))))
                .statusCode(201).extract().path("id");
        Map<String, Object> cheque = entry("2025-10-05", "Librairie", "86.40", "CHARGE", "CHEQUE", List.of(part("6181", null)));
        cheque.put("chequeNumber", "0045001");
        post(mandataire, cheque).statusCode(201);
        int cash = post(mandataire, entry("2025-10-06", "Vente de gâteaux", "50.00", "INCOME", "CASH", List.of(part("708", null))))
                .statusCode(201).extract().path("id");
        Map<String, Object> deposit = entry("2025-10-10", "Dépôt d'espèces", "40.00", "TRANSFER", "CASH", null);
        deposit.put("treasury", "CASH");
        post(mandataire, deposit).statusCode(201);

        String clearing = "/api/ledger-entries/" + subsidy + "/clearing";
        as(mandataire).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("clearedOn", "2025-09-30"))
                .put(clearing).then().statusCode(400).body("violations[0].field", equalTo("clearedOn"));
        as(staff).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("clearedOn", "2025-10-31"))
                .put(clearing).then().statusCode(403);
        as(mandataire).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("clearedOn", "2025-10-31"))
                .put(clearing).then().statusCode(200).body("clearedOn", equalTo("2025-10-31")).body("version", equalTo(1));
        as(mandataire).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("clearedOn", "2025-10-31"))
                .put(clearing).then().statusCode(409);
        as(mandataire).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("clearedOn", "2025-10-31"))
                .put("/api/ledger-entries/" + cash + "/clearing").then().statusCode(400)
                .body("detail", containsString("ne passe pas par la banque"));

        // at 31 October: 1 000 + 300 − 86,40 + 40 = 1 253,60 in the book; the cheque not debited, the deposit not credited
        String reconciliation = "/api/cooperatives/" + coop.id() + "/ledger/reconciliation";
        as(staff).queryParam("date", "2025-10-31").queryParam("statementBalance", "1300.00").get(reconciliation).then().statusCode(200)
                .body("bookBalance", equalTo(1253.6f)).body("notDebited", equalTo(86.4f)).body("notCredited", equalTo(40.0f))
                .body("expectedStatementBalance", equalTo(1300.0f)).body("gap", equalTo(0.0f))
                .body("notDebitedEntries.chequeNumber", contains("0045001"))
                .body("notCreditedEntries.label", contains("Dépôt d'espèces"));
        as(staff).queryParam("date", "2025-10-31").queryParam("statementBalance", "1290").get(reconciliation).then().statusCode(200)
                .body("gap", equalTo(-10.0f));
        // before the subsidy was seen (a statement of 3 October): it is still to be credited
        as(staff).queryParam("date", "2025-10-03").get(reconciliation).then().statusCode(200)
                .body("bookBalance", equalTo(1300.0f)).body("notCredited", equalTo(300.0f)).body("expectedStatementBalance", equalTo(1000.0f));
        as(staff).get(reconciliation).then().statusCode(400);
        as(staff).queryParam("date", "31/10/2025").get(reconciliation).then().statusCode(400);
        // unticked: back in what the statement does not show yet
        as(mandataire).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(java.util.Collections.singletonMap("clearedOn", null))
                .put(clearing).then().statusCode(200).body("clearedOn", org.hamcrest.Matchers.nullValue());
        List<String> actions = QuarkusTransaction.requiringNew().call(() -> AuditRecord.<AuditRecord>find(
                "entityType = 'LedgerEntry' and entityId = ?1 order by id", String.valueOf(subsidy)).list().stream().map(r -> r.action).toList());
        assertThat(actions).containsExactly("LEDGER_ENTRY_CREATED", "LEDGER_ENTRY_CLEARED", "LEDGER_ENTRY_UNCLEARED");
    }
}
