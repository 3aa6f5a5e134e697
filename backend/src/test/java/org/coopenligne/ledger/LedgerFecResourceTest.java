package org.coopenligne.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.Test;

/** The FEC of a year as the tax administration reads it: 18 tab-separated columns, ISO 8859-15, balanced entries. */
@QuarkusTest
class LedgerFecResourceTest {

    @Inject Fixtures fixtures;

    @Test
    void shouldWriteTheYearAsBalancedDoubleEntryLines() {
        String department = fixtures.newDepartment();
        Fixtures.Coop coop = fixtures.newActiveCooperative(department);
        String mandataire = fixtures.tokenOf(coop.login());
        as(mandataire).contentType(ContentType.JSON).body(Map.of("date", "2025-09-20", "label", "Participation sortie au musée", "amount", 120,
                "kind", "INCOME", "means", "CASH", "parts", List.of(Map.of("heading", "7068")))).post("/api/cooperatives/" + coop.id() + "/ledger-entries")
                .then().statusCode(201);
        as(mandataire).contentType(ContentType.JSON).body(Map.of("date", "2025-10-05", "label", "Librairie : albums et cahiers", "amount",
                new BigDecimal("86.40"), "kind", "CHARGE", "means", "CHEQUE", "chequeNumber", "0045001",
                "parts", List.of(Map.of("heading", "6181", "amount", 50), Map.of("heading", "6068", "amount", new BigDecimal("36.40")))))
                .post("/api/cooperatives/" + coop.id() + "/ledger-entries").then().statusCode(201);

        Response r = as(fixtures.tokenOf(fixtures.newStaff(department))).get("/api/cooperatives/" + coop.id() + "/ledger/export.fec?year=2025-2026");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/plain");
        assertThat(r.header("Content-Disposition")).contains(coop.login() + "FEC20260831.txt");
        String text = new String(r.asByteArray(), Charset.forName("ISO-8859-15"));
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0).split("\t")).hasSize(18).startsWith("JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum");
        assertThat(lines).hasSize(1 + 2 + 3);
        assertThat(lines.get(1)).isEqualTo("CA\tCaisse\t1\t20250920\t530\tCaisse\t\t\t1\t20250920\tParticipation sortie au musée\t120,00\t0,00\t\t\t20250920\t\t");
        assertThat(lines.get(2)).contains("\t7068\t").endsWith("\t0,00\t120,00\t\t\t20250920\t\t");
        assertThat(lines.get(3)).startsWith("BQ\tBanque\t2\t20251005\t6181\t").contains("\t50,00\t0,00\t");
        assertThat(lines.get(5)).startsWith("BQ\tBanque\t2\t20251005\t512\tBanque\t").contains("\t0,00\t86,40\t");
        assertThat(text).endsWith("\r\n");

        // another cooperative's mandataire does not read it
        String other = fixtures.tokenOf(fixtures.newActiveCooperative(department).login());
        as(other).get("/api/cooperatives/" + coop.id() + "/ledger/export.fec?year=2025-2026").then().statusCode(403);
    }
}
