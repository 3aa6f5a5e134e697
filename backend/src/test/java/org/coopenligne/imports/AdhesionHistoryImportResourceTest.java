package org.coopenligne.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.coopenligne.adhesion.Adhesion;
import org.coopenligne.adhesion.ClassLine;
import org.coopenligne.common.audit.AuditRecord;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** « Reprise de l'historique »: a past year's adhesions from the former site, carried over by the next adhesion. */
@QuarkusTest
class AdhesionHistoryImportResourceTest {

    static final String HEADER = "numero;classe;enseignants;adultes;eleves";
    /** The test clock's year is 2025-2026: the year before is the last past one. */
    static final String PAST = "2024-2025";

    @Inject Fixtures fixtures;

    private String department;
    private String staff;
    private Fixtures.Coop moulin;
    private Fixtures.Coop ferry;

    @BeforeEach
    void setUp() {
        department = fixtures.newDepartment();
        staff = fixtures.tokenOf(fixtures.newStaff(department));
        moulin = fixtures.newActiveCooperative(department);
        ferry = fixtures.newActiveCooperative(department);
    }

    private ValidatableResponse post(String token, String year, boolean dryRun, String... lines) {
        byte[] content = (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
        return as(token).multiPart("file", "adhesions.csv", content, "text/csv").queryParam("year", year).queryParam("dryRun", dryRun)
                .post("/api/departments/" + department + "/adhesion-history-imports").then();
    }

    private String[] seeds() {
        // seed 001 (one line for the whole school) and seed 002 (three classes), numbers as a spreadsheet shortens them
        return new String[] {HEADER,
                Integer.parseInt(moulin.number()) + ";ECOLE ENTIERE;M. MARTIN;10;165",
                ferry.number() + ";CM1-CM2;Mme DURAND;1;24",
                ferry.number() + ";CE2;;1;18",
                ferry.number() + ";CE1;M. PETIT, Mme ROUX;2;15"};
    }

    private long adhesionsOf(String year) {
        return QuarkusTransaction.requiringNew().call(() -> Adhesion.count("departmentId = ?1 and schoolYear = ?2", moulin.departmentId(), year));
    }

    @Test
    void shouldRecordThePastYearSoThatTheNextAdhesionCarriesItsClassesOver() {
        post(staff, PAST, true, seeds()).statusCode(200)
                .body("dryRun", equalTo(true)).body("cooperatives", equalTo(2)).body("lines", equalTo(4)).body("created", equalTo(0))
                .body("preview.find { it.code == '" + ferry.departmentCode() + "-" + ferry.number() + "' }.pupils", equalTo(57));
        assertThat(adhesionsOf(PAST)).isZero();

        post(staff, PAST, false, seeds()).statusCode(201).body("created", equalTo(2)).body("schoolYear", equalTo(PAST));
        Adhesion past = QuarkusTransaction.requiringNew().call(() -> {
            Adhesion a = Adhesion.<Adhesion>find("cooperativeId = ?1 and schoolYear = ?2", ferry.id(), PAST).firstResult();
            a.lines.size();
            return a;
        });
        assertThat(past.status.name()).isEqualTo("VALIDATED");
        assertThat(past.lines).extracting(l -> l.className).containsExactly("CM1-CM2", "CE2", "CE1");
        assertThat(past.lines).extracting(l -> l.teachers).containsExactly("Mme DURAND", null, "M. PETIT, Mme ROUX");
        assertThat(past.adults + "/" + past.pupils + "/" + past.lineCount).isEqualTo("4/57/3");
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditRecord.count(
                "action = 'ADHESION_HISTORY_IMPORTED' and entityId = ?1", department))).isEqualTo(1);

        // the mandataire's adhesion of 2025-2026 says what it will carry over, then carries it over, to be confirmed
        String mandataire = fixtures.tokenOf(ferry.login());
        String adhesion = "/api/cooperatives/" + ferry.id() + "/adhesions/2025-2026";
        as(mandataire).get(adhesion).then().statusCode(200).body("previousYear.schoolYear", equalTo(PAST)).body("previousYear.lineCount", equalTo(3));
        as(mandataire).post(adhesion).then().statusCode(201);
        List<ClassLine> carried = QuarkusTransaction.requiringNew().call(() -> {
            Adhesion a = Adhesion.<Adhesion>find("cooperativeId = ?1 and schoolYear = '2025-2026'", ferry.id()).firstResult();
            a.lines.size();
            return a.lines;
        });
        assertThat(carried).extracting(l -> l.className + " " + l.adults + " " + l.pupils + " " + l.toConfirm)
                .containsExactly("CM1-CM2 1 24 true", "CE2 1 18 true", "CE1 2 15 true");
    }

    @Test
    void shouldRefuseTheSameFileTwiceAndRowsThatAreWrongRecordingNothing() {
        post(staff, PAST, false, seeds()).statusCode(201);
        post(staff, PAST, false, seeds()).statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("rien n'a été importé"))
                .body("rows.message", hasItems("La coopérative " + moulin.departmentCode() + "-" + moulin.number() + " a déjà une adhésion "
                        + PAST + " : elle n'est pas reprise une seconde fois."));
        assertThat(adhesionsOf(PAST)).isEqualTo(2);

        post(staff, "2023-2024", false, HEADER, moulin.number() + ";CP;;1;20", "9876;CE1;;1;x", ";;;-1;20", ferry.number() + ";CE2;;1")
                .statusCode(422)
                .body("rows.find { it.row == 3 && it.column == 'numero' }.message", containsString("n'existe pas dans le département"))
                .body("rows.find { it.row == 3 && it.column == 'eleves' }.message", equalTo("Le nombre d'élèves « x » doit être un nombre entier de 0 à 9 999."))
                .body("rows.find { it.row == 4 && it.column == 'classe' }.message", equalTo("La colonne « classe » est obligatoire."))
                .body("rows.find { it.row == 4 && it.column == 'adultes' }.message", containsString("« -1 »"))
                .body("rows.find { it.row == 5 }.message", containsString("colonnes au lieu de 5"));
        assertThat(adhesionsOf("2023-2024")).isZero();

        post(staff, PAST, false, "numero;classe;adultes", "1;CP;2").statusCode(400).body("rows.column", hasItems("eleves", "enseignants"));
    }

    @Test
    void shouldAcceptOnlyAPastYearAndOnlyTheDepartmentsStaff() {
        post(staff, "2025-2026", false, seeds()).statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("year")).body("violations[0].message", containsString("2024-2025"));
        post(staff, "2026-2027", false, seeds()).statusCode(400);
        post(staff, "2025", false, seeds()).statusCode(400);
        post(fixtures.tokenOf(moulin.login()), PAST, false, seeds()).statusCode(403);
        post(fixtures.tokenOf(fixtures.newStaff(fixtures.newDepartment())), PAST, false, seeds()).statusCode(403);
        assertThat(adhesionsOf(PAST)).isZero();
        post(fixtures.adminToken(), PAST, false, seeds()).statusCode(201);
    }
}
