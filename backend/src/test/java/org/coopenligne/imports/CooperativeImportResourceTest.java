package org.coopenligne.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.coopenligne.common.audit.AuditRecord;
import org.coopenligne.auth.UserAccount;
import org.coopenligne.cooperative.Cooperative;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CooperativeImportResourceTest {

    static final String HEADER = "numero;ecole;type;adresse;code_postal;commune;uai;courriel_ecole;mandataire;courriel_mandataire;telephone_mandataire";

    @Inject Fixtures fixtures;

    private String department;
    private String staff;

    @BeforeEach
    void setUp() {
        department = fixtures.newDepartment();
        staff = fixtures.tokenOf(fixtures.newStaff(department));
    }

    /** A valid row: the UAI is the department's code, the number, and the right check letter. */
    static String row(String number, String school, String city) {
        String digits = String.format("%07d", Integer.parseInt(number));
        return number + ";" + school + ";École élémentaire publique;1 rue de l'École;38200;" + city + ";" + digits
                + Uai.checkLetter(digits) + ";ce." + number + "@ac-test.fr;Marie DUPONT;marie." + number + "@example.org;04 74 00 00 00";
    }

    private ValidatableResponse post(byte[] content, boolean dryRun) {
        return as(staff).multiPart("file", "cooperatives.csv", content, "text/csv")
                .queryParam("dryRun", dryRun)
                .post("/api/departments/" + department + "/cooperative-imports").then();
    }

    private static byte[] csv(String... lines) {
        return csv(StandardCharsets.UTF_8, lines);
    }

    private static byte[] csv(Charset charset, String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(charset);
    }

    private long[] counts() {
        return QuarkusTransaction.requiringNew().call(() -> new long[] {
                Cooperative.count("departmentCode", department),
                UserAccount.count("login like ?1", department + "-%"),
                AuditRecord.count("action = 'COOPERATIVES_IMPORTED' and entityId = ?1", department)});
    }

    @Test
    void shouldReadTheOptionalDistrictColumnWhenTheFileHasIt() {
        post(csv(HEADER + ";Circonscription", "414;École des Prés;;;;VIENNE;;;;;;Vienne 2", "415;École du Pont;;;;VIENNE;;;;;;"), false)
                .statusCode(201).body("created", equalTo(2));
        Cooperative c = QuarkusTransaction.requiringNew().call(() -> Cooperative.<Cooperative>find("departmentCode = ?1 and number = '0414'", department).firstResult());
        assertThat(c.district).isEqualTo("Vienne 2");
        Cooperative none = QuarkusTransaction.requiringNew().call(() -> Cooperative.<Cooperative>find("departmentCode = ?1 and number = '0415'", department).firstResult());
        assertThat(none.district).isNull();
    }

    @Test
    void shouldCheckADryRunWithoutWritingAnything() {
        long[] before = counts();
        post(csv(HEADER, row("12", "École Jean Moulin", "VIENNE"), row("13", "École Victor Hugo", "VIENNE")), true)
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("rows", equalTo(2))
                .body("created", equalTo(0))
                .body("preview[0].code", equalTo(department + "-0012"));
        assertThat(counts()).containsExactly(before);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "dryRun={0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"maybe", "yes", "1", "", "TRUE"})
    void shouldRefuseADryRunThatIsNeitherTrueNorFalseAndImportNothing(String dryRun) {
        long[] before = counts();
        as(staff).multiPart("file", "cooperatives.csv", csv(HEADER, row("12", "École Jean Moulin", "VIENNE")), "text/csv")
                .queryParam("dryRun", dryRun)
                .post("/api/departments/" + department + "/cooperative-imports").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("dryRun"));
        assertThat(counts()).containsExactly(before);
    }

    @Test
    void shouldRefuseAControlCharacterInACellNamingItsRowAndColumn() {
        long[] before = counts();
        post(csv(HEADER, row("12", "École Jean Moulin", "VIENNE"), row("13", "École\u0000Victor Hugo", "VIENNE")), false)
                .statusCode(422).contentType("application/problem+json")
                .body("rows[0].row", equalTo(3))
                .body("rows[0].column", equalTo("ecole"))
                .body("rows[0].message", containsString("caractère invisible (U+0000)"));
        assertThat(counts()).containsExactly(before);
    }

    @Test
    void shouldCreateTheCooperativesAndAccountsWhoseInitialPasswordOnlyAllowsChangingIt() {
        // the quoted school name holds a ";" and quotes, written as RFC 4180 says
        byte[] file = csv(HEADER, "412;\"École \"\"Les Tilleuls\"\"; annexe\";;;;VIENNE;;;;;");
        post(file, false).statusCode(201).body("created", equalTo(1));
        String code = department + "-0412";
        Cooperative c = QuarkusTransaction.requiringNew().call(() -> Cooperative.<Cooperative>find("departmentCode = ?1 and number = '0412'", department).firstResult());
        assertThat(c.schoolName).isEqualTo("École \"Les Tilleuls\"; annexe");
        assertThat(c.city).isEqualTo("VIENNE");
        UserAccount account = QuarkusTransaction.requiringNew().call(() -> UserAccount.<UserAccount>find("login", code).firstResult());
        assertThat(account.passwordHash).isNull();
        assertThat(account.mustChangePassword).isTrue();
        assertThat(account.cooperativeId).isEqualTo(c.id);

        String token = Fixtures.login(code, "coop0412");
        as(token).get("/api/me").then().statusCode(200).body("mustChangePassword", equalTo(true));
        as(token).get("/api/cooperatives/" + c.id).then().statusCode(403);
        as(token).contentType(ContentType.JSON).body(Map.of("currentPassword", "coop0412", "newPassword", "Une-Phrase-Solide-9"))
                .post("/api/auth/password").then().statusCode(200);
        assertThat(QuarkusTransaction.requiringNew().call(() -> UserAccount.<UserAccount>find("login", code).firstResult().passwordHash))
                .startsWith("$2");
        Fixtures.fromNewAddress().contentType(ContentType.JSON).body(Map.of("login", code, "password", "coop0412"))
                .post("/api/auth/login").then().statusCode(401);
    }

    @Test
    void shouldImportThreeThousandCooperativesInSecondsWithOneAuditRecord() {
        String[] lines = new String[3001];
        lines[0] = HEADER;
        for (int i = 1; i <= 3000; i++) {
            lines[i] = row(String.valueOf(i), "École n°" + i, "COMMUNE " + (i % 97));
        }
        long[] before = counts();
        long start = System.nanoTime();
        post(csv(lines), false).statusCode(201).body("created", equalTo(3000)).body("preview", hasSize(20));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("3,000 cooperatives imported in %d ms", millis).isLessThan(15_000);
        assertThat(counts()).containsExactly(before[0] + 3000, before[1] + 3000, before[2] + 1);
        Fixtures.login(department + "-2999", "coop2999");
        AuditRecord audit = QuarkusTransaction.requiringNew().call(() ->
                AuditRecord.<AuditRecord>find("action = 'COOPERATIVES_IMPORTED' and entityId = ?1", department).firstResult());
        assertThat(audit.afterJson).contains("\"count\":3000").contains("cooperatives.csv").contains("sha256");
    }

    @Test
    void shouldRefuseAWrongHeaderAndChangeNothing() {
        long[] before = counts();
        post(csv("numero;nom;commune", "1;École;VIENNE"), false).statusCode(400)
                .body("type", containsString("wrong-header"))
                .body("rows.column", hasItem("nom"))
                .body("rows.message", hasItem("Colonne inconnue « nom »."))
                .body("rows.message", hasItem("La colonne « uai » manque."));
        assertThat(counts()).containsExactly(before);
    }

    @Test
    void shouldRefuseAFileThatIsNotUtf8NamingTheRow() {
        long[] before = counts();
        post(csv(StandardCharsets.ISO_8859_1, HEADER, row("21", "Ecole", "VIENNE"), row("22", "École Pasteur", "VIENNE")), false)
                .statusCode(400)
                .body("detail", containsString("UTF-8"))
                .body("rows[0].row", equalTo(2)); // the first row with an "É" in ISO-8859-1
        assertThat(counts()).containsExactly(before);
    }

    @Test
    void shouldAcceptAByteOrderMarkAndNumbersWithoutTheirLeadingZeros() {
        byte[] body = csv(HEADER, row("7", "École du Port", "VIENNE"));
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        post(withBom, true).statusCode(200).body("preview[0].code", equalTo(department + "-0007"));
    }

    @Test
    void shouldReportEveryWrongRowInFrenchAndImportNothing() {
        Fixtures.Coop existing = fixtures.newCooperative(department);
        long[] before = counts();
        String tooLong = "É".repeat(151);
        post(csv(HEADER,
                row("31", "École A", "VIENNE"),                              // 2: fine
                row("31", "École B", "VIENNE"),                              // 3: same number as row 2
                row(existing.number(), "École C", "VIENNE"),                 // 4: exists in the department
                "32;École D;;;38200;VIENNE;0380001A;;;;",                    // 5: wrong UAI check letter
                "33;;;;38200;;;;;;",                                         // 6: no school, no city
                "34;" + tooLong + ";;;;VIENNE;;;;;",                         // 7: too long
                "35;École F;;;382;VIENNE;;pas-un-courriel;;;",               // 8: postal code and email
                "36;École G;;;;VIENNE;;;",                                   // 9: missing columns
                "ABC;École H;;;;VIENNE;;;;;",                                // 10: not a number
                "31;;;;;VIENNE;;;;;"), false)                                // 11: no school, and the number of row 2
                .statusCode(422)
                .body("type", containsString("import-refused"))
                .body("detail", containsString("rien n'a été importé"))
                .body("rows.find { it.row == 3 }.message", equalTo("Le numéro 0031 figure déjà à la ligne 2 du fichier."))
                .body("rows.find { it.row == 4 }.message", containsString("existe déjà"))
                .body("rows.find { it.row == 5 }.column", equalTo("uai"))
                .body("rows.find { it.row == 5 }.message", containsString("la lettre de contrôle attendue pour 0380001 est"))
                .body("rows.findAll { it.row == 6 }.column", equalTo(List.of("ecole", "commune")))
                .body("rows.find { it.row == 7 }.message", equalTo("Trop long : 151 caractères, 150 au plus."))
                .body("rows.findAll { it.row == 8 }.column", equalTo(List.of("code_postal", "courriel_ecole")))
                .body("rows.find { it.row == 9 }.message", containsString("colonnes au lieu de 11"))
                .body("rows.find { it.row == 10 }.message", containsString("1 à 4 chiffres"))
                .body("rows.findAll { it.row == 11 }.column", equalTo(List.of("ecole", "numero")))
                .body("rows.findAll { it.row == 2 }", hasSize(0));
        assertThat(counts()).containsExactly(before);
    }

    @Test
    void shouldRefuseAnEmptyFileAndAMissingFile() {
        long[] before = counts();
        post(new byte[0], false).statusCode(400);
        post(csv(HEADER), false).statusCode(400).body("detail", containsString("aucune coopérative"));
        as(staff).contentType("multipart/form-data").multiPart("other", "x")
                .post("/api/departments/" + department + "/cooperative-imports").then().statusCode(400);
        assertThat(counts()).containsExactly(before);
    }

    @Test
    void shouldRefuseStaffOfAnotherDepartment() {
        as(fixtures.tokenOf(fixtures.newStaff("046"))).multiPart("file", "c.csv", csv(HEADER, row("41", "École", "VIENNE")), "text/csv")
                .post("/api/departments/" + department + "/cooperative-imports").then().statusCode(403);
        assertThat(counts()[0]).isZero();
    }
}
