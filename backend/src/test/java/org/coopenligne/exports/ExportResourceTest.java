package org.coopenligne.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.coopenligne.adhesion.Adhesion;
import org.coopenligne.adhesion.AdhesionStatus;
import org.coopenligne.cooperative.Cooperative;
import org.coopenligne.dashboard.CampaignFixture;
import org.coopenligne.support.Api;
import org.coopenligne.support.Fixtures;
import org.coopenligne.tariff.PaymentMeans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportResourceTest {

    static final String BOM = "\uFEFF";

    @Inject Fixtures fixtures;

    private String department;
    private String staff;
    private Fixtures.Coop coop;

    @BeforeEach
    void setUp() {
        department = fixtures.newDepartment();
        staff = fixtures.tokenOf(fixtures.newStaff(department));
        coop = fixtures.newActiveCooperative(department);
        String token = fixtures.tokenOf(coop.login());
        int[] a = Api.open(token, coop.id());
        Api.addLine(token, a[0], a[1], Api.line("CP; CE1", "Mme \"Lune\"", null, 2, 24)).statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> {
            Cooperative c = Cooperative.findById(coop.id());
            c.schoolName = "École \"Les Tilleuls\"; annexe";
            c.addressLine = "Bâtiment B\nrue du Port";
            Adhesion adhesion = Adhesion.findById((long) a[0]);
            adhesion.status = AdhesionStatus.SUBMITTED;
            adhesion.amount = new BigDecimal("1234.50");
            adhesion.paymentMeans = PaymentMeans.CHEQUE;
            adhesion.paymentReceived = true;
            adhesion.paymentAmount = new BigDecimal("1234.50");
            adhesion.paymentMethod = PaymentMeans.CHEQUE;
            adhesion.paymentReference = "Chèque n°1234567";
            adhesion.paymentDate = LocalDate.of(2025, 9, 12);
        });
    }

    private Response get(String file) {
        return as(staff).queryParam("year", Api.YEAR).get("/api/departments/" + department + "/exports/" + file);
    }

    /** The body as text, after checking its first bytes are the UTF-8 byte order mark. */
    private static String text(Response r) {
        byte[] bytes = r.asByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void shouldExportTheCooperativesAsAFrenchSpreadsheetOpensThem() {
        Response r = get("cooperatives.csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/csv");
        assertThat(r.header("Content-Disposition")).startsWith("attachment; filename=\"cooperatives-" + department + "-2025-2026.csv\"");
        String csv = text(r);
        assertThat(csv).startsWith(BOM + "code;numero;ecole;type;adresse;code_postal;commune;uai;courriel_ecole;telephone_ecole;"
                + "mandataire;courriel_mandataire;telephone_mandataire;statut_adhesion;numero_enregistrement;montant\r\n");
        assertThat(csv).contains("\r\n" + coop.login() + ";" + coop.number() + ";\"École \"\"Les Tilleuls\"\"; annexe\";"
                + "École élémentaire publique;\"Bâtiment B\nrue du Port\";46000;CAHORS;");
        assertThat(csv).contains(";envoyée à l'OCCE;;1234,50\r\n");
    }

    @Test
    void shouldExportOnlyTheTickedCooperativesOfTheDepartment() {
        Fixtures.Coop second = fixtures.newActiveCooperative(department);
        Fixtures.Coop elsewhere = fixtures.newActiveCooperative("038");
        Response r = as(staff).queryParam("year", Api.YEAR).queryParam("cooperativeIds", second.id())
                .queryParam("cooperativeIds", elsewhere.id()).get("/api/departments/" + department + "/exports/cooperatives.csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.header("Content-Disposition")).contains("-selection.csv");
        String[] rows = text(r).split("\r\n");
        assertThat(rows).hasSize(2);
        assertThat(rows[1]).startsWith(second.login() + ";");
        assertThat(String.join("\n", rows)).doesNotContain(coop.login()).doesNotContain(elsewhere.login());
    }

    /** The codes of the rows of a cooperatives export, in their order. */
    private static List<String> codes(Response r) {
        return Arrays.stream(text(r).split("\r\n")).skip(1).map(row -> row.substring(0, row.indexOf(';'))).toList();
    }

    private static String code(Fixtures.Coop c) {
        return c.departmentCode() + "-" + c.number();
    }

    @Test
    void shouldExportExactlyTheCooperativesMatchingTheListsFilterInItsOrder() {
        CampaignFixture f = CampaignFixture.create(fixtures);
        String admin = fixtures.adminToken();
        String url = "/api/departments/" + f.department() + "/exports/cooperatives.csv";
        // the cooperative of setUp is SUBMITTED too, in another department: never part of this department's export
        Response submitted = as(admin).queryParam("year", CampaignFixture.YEAR).queryParam("status", "SUBMITTED")
                .queryParam("sort", "number").queryParam("direction", "desc").get(url);
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(submitted.header("Content-Disposition")).contains("-selection.csv");
        assertThat(codes(submitted)).containsExactly(code(f.submittedB()), code(f.submittedA()));

        assertThat(codes(as(admin).queryParam("year", CampaignFixture.YEAR).queryParam("status", "NOT_STARTED").get(url)))
                .containsExactly(code(f.notStarted1()), code(f.notStarted2()));
        assertThat(codes(as(admin).queryParam("year", CampaignFixture.YEAR).queryParam("late", "true").get(url)))
                .containsExactly(code(f.validated()));
        assertThat(codes(as(admin).queryParam("year", CampaignFixture.YEAR).queryParam("sent", "true").queryParam("paid", "false")
                .queryParam("sort", "submittedAt").get(url)))
                .containsExactly(code(f.correction()), code(f.submittedA()));
        // the ticked rows and the filter together: those of the department among the ids that match
        Response ticked = as(admin).queryParam("year", CampaignFixture.YEAR).queryParam("status", "SUBMITTED")
                .queryParam("cooperativeIds", f.submittedA().id()).queryParam("cooperativeIds", f.draft().id())
                .queryParam("cooperativeIds", coop.id()).get(url);
        assertThat(codes(ticked)).containsExactly(code(f.submittedA()));
    }

    @Test
    void shouldRefuseABadFilterValueAsAProblemNamingTheParameter() {
        String url = "/api/departments/" + department + "/exports/cooperatives.csv";
        for (String[] bad : new String[][] {{"status", "FINI"}, {"late", "peut-être"}, {"paymentMeans", "BITCOIN"}, {"sort", "mandataire"},
                {"direction", "up"}, {"q", "x".repeat(101)}}) {
            as(staff).queryParam(bad[0], bad[1]).get(url).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo(bad[0]))
                    .body("detail", not(emptyOrNullString()));
        }
    }

    @Test
    void shouldExportTheAdhesionsOneRowEachWithTheirFeeAndTheLinesInTheirOwnFile() {
        String adhesions = text(get("adhesions.csv"));
        assertThat(adhesions.split("\r\n")).hasSize(2);
        assertThat(adhesions).contains(coop.login() + ";\"École \"\"Les Tilleuls\"\"; annexe\";CAHORS;2025-2026;envoyée à l'OCCE;non;1;2;24;"
                + "0,00;0,00;0,00;chèque;1234,50;");
        String lines = text(get("class-lines.csv"));
        assertThat(lines).startsWith(BOM + "code;ecole;commune;annee;statut;ligne;classe;enseignants;courriel_enseignant;adultes;eleves;a_confirmer\r\n");
        assertThat(lines).contains(";2025-2026;envoyée à l'OCCE;1;\"CP; CE1\";\"Mme \"\"Lune\"\"\";;2;24;non\r\n");
    }

    @Test
    void shouldExportThePaymentsWithTheReviewChecklistFields() {
        String csv = text(get("payments.csv"));
        assertThat(csv).contains(";envoyée à l'OCCE;chèque;1234,50;oui;1234,50;chèque;Chèque n°1234567;12/09/2025;;;;\r\n");
    }

    @Test
    void shouldRefuseABadYearAndAnotherDepartment() {
        assertThat(as(staff).queryParam("year", "2025").get("/api/departments/" + department + "/exports/payments.csv").statusCode())
                .isEqualTo(400);
        assertThat(as(fixtures.staffToken("046")).get("/api/departments/" + department + "/exports/cooperatives.csv").statusCode())
                .isEqualTo(403);
    }
}
