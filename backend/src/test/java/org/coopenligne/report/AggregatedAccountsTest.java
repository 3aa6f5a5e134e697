package org.coopenligne.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.Test;

/** The department's aggregated accounts: its validated reports of a year summed per heading; the CSV of them, one row each. */
@QuarkusTest
class AggregatedAccountsTest {

    private static final String YEAR = "2024-2025";

    @Inject Fixtures fixtures;

    @Test
    void shouldSumTheValidatedReportsAndExportOneRowPerCooperative() {
        String department = fixtures.newDepartment();
        String staff = fixtures.tokenOf(fixtures.newStaff(department));
        Fixtures.Coop a = fixtures.newActiveCooperative(department);
        Fixtures.Coop b = fixtures.newActiveCooperative(department);
        Fixtures.Coop pending = fixtures.newActiveCooperative(department);
        Fixtures.Coop silent = fixtures.newActiveCooperative(department); // has not started its report
        Reports.send(fixtures, staff, a, withSubsidies(Reports.paper("800.00", "50.00", Map.of("7562", "600.00", "6251", "420.00"), "1583.01", "420.00",
                "40.00"), subsidy("COMMUNE", "300.00", "300.00")), true);
        Reports.send(fixtures, staff, b, withSubsidies(Reports.paper("100.00", "0.00", Map.of("7562", "50.50", "6068", "30.00"), "120.50", "0.00",
                "0.00"), subsidy("COMMUNE", "100.00", "50.00"), subsidy("STATE", "200.00", "0.00")), true);
        Reports.send(fixtures, staff, pending, Reports.paper("1.00", "1.00", Map.of("7562", "999.00"), "1.00", "0.00", "0.00"), false);

        String accounts = "/api/departments/" + department + "/annual-reports/accounts?year=" + YEAR;
        as(staff).get(accounts).then().statusCode(200)
                .body("cooperatives", equalTo(4)).body("validatedReports", equalTo(2)).body("pendingReports", equalTo(1))
                .body("statuses.notStarted", equalTo(1)).body("statuses.drafts", equalTo(0)).body("statuses.submitted", equalTo(1))
                .body("statuses.correctionRequested", equalTo(0)).body("statuses.validated", equalTo(2)).body("statuses.late", equalTo(0))
                .body("openingBank", equalTo(900.0f)).body("openingCash", equalTo(50.0f))
                .body("income", equalTo(650.5f)).body("charges", equalTo(450.0f)).body("result", equalTo(200.5f))
                // closing = statement − not debited + not credited, and the cash
                .body("closingBank", equalTo(1283.51f)).body("closingCash", equalTo(40.0f))
                .body("headings.code", contains("6068", "6251", "7562"))
                .body("headings.reports", contains(1, 1, 2)).body("headings.amount", contains(30.0f, 420.0f, 650.5f))
                // the subsidies tables, per funder type: État first
                .body("subsidies.funderType", contains("STATE", "COMMUNE")).body("subsidies.reports", contains(1, 2))
                .body("subsidies.granted", contains(200.0f, 400.0f)).body("subsidies.received", contains(0.0f, 350.0f));

        String csv = new String(as(staff).get("/api/departments/" + department + "/annual-reports/accounts.csv?year=" + YEAR).then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("comptes-agreges-" + department + "-" + YEAR))
                .extract().asByteArray(), StandardCharsets.UTF_8);
        String[] rows = csv.replace("\uFEFF", "").split("\r\n");
        assertThat(rows).hasSize(3);
        assertThat(rows[0]).endsWith(";Subventions accordées;Subventions reçues");
        assertThat(rows[1]).endsWith(";300,00;300,00");
        assertThat(rows[2]).endsWith(";300,00;50,00");
        assertThat(rows[0]).startsWith("Coopérative;École;Commune;Cahier;Report banque;Report caisse;6068 Fournitures pédagogiques;6251 Sorties et voyages;7562 ");
        assertThat(rows[1]).startsWith(a.login().toUpperCase() + ";").contains(";papier;800,00;50,00;;420,00;600,00;600,00;420,00;180,00;1583,01;420,00;");
        assertThat(rows[2]).startsWith(b.login().toUpperCase() + ";").contains(";100,00;0,00;30,00;;50,50;");

        // the printable summary for the general assembly: the same figures
        String printed = String.join("\n", org.coopenligne.support.Pdfs.pages(as(staff).get("/api/departments/" + department
                + "/annual-reports/accounts.pdf?year=" + Reports.YEAR).then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("comptes-agreges-" + department + "-" + Reports.YEAR + ".pdf"))
                .extract().asByteArray()));
        assertThat(printed).contains("Comptes agrégés des coopératives 2024 - 2025").contains("2 comptes-rendus financiers validés sont additionnés")
                .contains("sur 4 coopératives").contains("6251").contains("Sorties et voyages").contains("650,50").contains("450,00")
                .contains("Résultat de l'année").contains("200,50").contains("Subventions par financeur").contains("Commune").contains("350,00");

        // whom to remind: the one that has not sent its report (sent and validated ones are not)
        as(staff).get("/api/departments/" + department + "/annual-reports/unsent?year=" + Reports.YEAR).then().statusCode(200)
                .body("count", equalTo(1)).body("cooperativeIds", contains((int) silent.id())).body("deadline", equalTo("2025-09-30"));

        // the mandataire and another department's staff do not read them
        as(fixtures.tokenOf(a.login())).get(accounts).then().statusCode(403);
        as(fixtures.tokenOf(fixtures.newStaff(fixtures.newDepartment()))).get(accounts).then().statusCode(403);
    }

    private static Map<String, Object> subsidy(String type, String granted, String received) {
        return Map.of("funderType", type, "funderName", "Financeur " + type, "purpose", "Projets de l'année", "amountGranted", new BigDecimal(granted),
                "amountReceived", new BigDecimal(received));
    }

    @SafeVarargs
    private static Map<String, Object> withSubsidies(Map<String, Object> figures, Map<String, Object>... subsidies) {
        Map<String, Object> out = new java.util.HashMap<>(figures);
        out.put("subsidies", List.of(subsidies));
        return out;
    }
}
