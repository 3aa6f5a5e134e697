package org.coopenligne.adhesion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Api.YEAR;
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
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coopenligne.common.audit.AuditRecord;
import org.coopenligne.support.Fixtures;
import org.coopenligne.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class AdhesionResourceTest {

    @Inject Fixtures fixtures;
    @Inject TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static int version(ValidatableResponse r) {
        return r.extract().path("version");
    }

    private Adhesion reload(int id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Adhesion a = Adhesion.findById((long) id);
            a.lines.size();
            a.subscriptionIds.size();
            return a;
        });
    }

    /** Last school year's validated adhesion of a cooperative, with the lines given (numbered in their order). */
    private static void lastYear(Fixtures.Coop coop, java.util.function.Supplier<List<ClassLine>> lines) {
        QuarkusTransaction.requiringNew().run(() -> {
            Adhesion previous = new Adhesion();
            previous.cooperativeId = coop.id();
            previous.cooperativeCode = coop.login();
            previous.departmentId = coop.departmentId();
            previous.schoolYear = "2024-2025";
            previous.status = AdhesionStatus.VALIDATED;
            previous.createdAt = java.time.Instant.parse("2024-09-10T08:00:00Z");
            previous.updatedAt = previous.createdAt;
            for (ClassLine l : lines.get()) {
                l.adhesion = previous;
                l.position = previous.lines.size() + 1;
                previous.lines.add(l);
            }
            previous.recountTotals();
            previous.persist();
        });
    }

    @Test
    void shouldSayThereWasNoMemberLastYearBeforeOpening() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("999");
        as(fixtures.tokenOf(coop.login())).get("/api/cooperatives/" + coop.id() + "/adhesions/" + YEAR)
                .then().statusCode(200)
                .body("status", equalTo("NOT_STARTED"))
                .body("id", nullValue())
                .body("previousYear.schoolYear", equalTo("2024-2025"))
                .body("previousYear.lineCount", equalTo(0))
                .body("campaign.open", equalTo(true))
                .body("campaign.tariffDefined", equalTo(true));
    }

    @Test
    void shouldReproduceSeed003ThroughTheApi() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("999");
        String token = fixtures.tokenOf(coop.login());
        int[] a = open(token, coop.id());
        int v = version(addLine(token, a[0], a[1], line("CE1", "Mme Detruc - Mlle Machin", null, 2, 23)).statusCode(201));
        v = version(addLine(token, a[0], v, line("CE2", "M. Chose", null, 1, 22)).statusCode(201));
        v = version(addLine(token, a[0], v, line("CP", "M. Aymard", null, 1, 18)).statusCode(201)
                .body("totals.adults", equalTo(4)).body("totals.pupils", equalTo(63)).body("totals.members", equalTo(67)));
        long toto = ((Number) as(token).get("/api/adhesions/" + a[0]).then().extract()
                .path("campaign.subscriptions.find { it.name == 'TOTO est content' }.id")).longValue();
        declare(token, a[0], v, declarations(false, "0", "0", List.of(toto), "0", "CHEQUE"))
                .statusCode(200)
                .body("fee.total", equalTo(136.99f))
                .body("fee.lines.find { it.code == 'MEMBERSHIP_PUPILS' }.label", equalTo("des élèves (63 x 1,73\u00A0€)"))
                .body("fee.lines.find { it.code == 'MEMBERSHIP_PUPILS' }.amount", equalTo(108.99f));
        assertThat(reload(a[0]).amount).isEqualByComparingTo("136.99");
    }

    @Test
    void shouldReproduceSeed001ThroughTheApi() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("038");
        String token = fixtures.tokenOf(coop.login());
        int[] a = open(token, coop.id());
        int v = version(addLine(token, a[0], a[1], line("ECOLE ENTIERE", "ECOLE ENTIERE", null, 10, 165)).statusCode(201));
        declare(token, a[0], v, declarations(true, "0", "0", List.of(), "0", "CHEQUE"))
                .statusCode(200).body("fee.total", equalTo(439.25f))
                .body("fee.lines.find { it.code == 'MEMBERSHIP' }.amount", equalTo(395.50f))
                .body("fee.lines.find { it.code == 'INSURANCE' }.amount", equalTo(43.75f));
    }

    @Test
    void shouldReproduceSeed002WithMandatoryInsurance() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("046");
        String token = fixtures.tokenOf(coop.login());
        int[] a = open(token, coop.id());
        int v = version(addLine(token, a[0], a[1], line("CM1-CM2", "JEAN DUPONT", "jdp@gmail.com", 1, 24)).statusCode(201));
        v = version(addLine(token, a[0], v, line("CE2", "JEANNE LECLAIR", "jeanne@gmail.com", 1, 18)).statusCode(201));
        addLine(token, a[0], v, line("CE1", "NORBERT DUROC - BENOIT LOUP", "ndr@wanadoo.fr", 2, 15)).statusCode(201)
                .body("totals.members", equalTo(61))
                .body("declarations.insured", equalTo(true))
                .body("fee.total", equalTo(0.0f))
                .body("fee.lines.find { it.code == 'PROPERTY' }.note", equalTo("0,00\u00A0€ est inférieur à 2\u202F000,00\u00A0€"));
        declare(token, a[0], v + 1, declarations(false, "0", "0", List.of(), "0", null))
                .statusCode(400).body("violations[0].field", equalTo("insured"));
    }

    @Test
    void shouldCarryOverLastYearsLinesWithCountsToConfirm() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("046");
        lastYear(coop, () -> {
            ClassLine l = new ClassLine();
            l.className = "CM1-CM2";
            l.teachers = "JEAN DUPONT";
            l.teacherEmail = "jdp@gmail.com";
            l.adults = 1;
            l.pupils = 24;
            return List.of(l);
        });
        String token = fixtures.tokenOf(coop.login());
        as(token).get("/api/cooperatives/" + coop.id() + "/adhesions/" + YEAR).then().body("previousYear.lineCount", equalTo(1));
        ValidatableResponse opened = as(token).post("/api/cooperatives/" + coop.id() + "/adhesions/" + YEAR).then().statusCode(201)
                .body("lines", hasSize(1))
                .body("lines[0].className", equalTo("CM1-CM2"))
                .body("lines[0].teacherEmail", equalTo("jdp@gmail.com"))
                .body("lines[0].toConfirm", equalTo(true));
        int id = opened.extract().path("id");
        int lineId = opened.extract().path("lines[0].id");
        int v = version(declare(token, id, version(opened), declarations(true, "0", "0", List.of(), "0", "TRANSFER")).statusCode(200));
        submit(token, id, v).statusCode(409).body("violations.field", hasItem("lines"))
                .body("detail", containsString("reprise(s) de l'an dernier"));
        as(token).header("If-Match", v).contentType(ContentType.JSON).body(line("CM1-CM2", "JEAN DUPONT", "jdp@gmail.com", 1, 26))
                .put("/api/adhesions/" + id + "/lines/" + lineId).then().statusCode(200)
                .body("lines[0].toConfirm", equalTo(false)).body("totals.pupils", equalTo(26));
    }

    /**
     * Reads and line saves go through plain SQL (AdhesionSqlStore), the other changes through Hibernate: each must read
     * exactly what the other wrote, and the ids both give (lines, audit records) must never collide.
     */
    @Test
    @SuppressWarnings("unchecked")
    void shouldReadAndSaveInPlainSqlWhatTheOrmWrote() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("999");
        lastYear(coop, () -> List.of("CP", "CE1").stream().map(name -> {
            ClassLine l = new ClassLine();
            l.className = name;
            l.adults = 1;
            l.pupils = 20;
            return l;
        }).toList());
        String token = fixtures.tokenOf(coop.login());
        ValidatableResponse opened = as(token).post("/api/cooperatives/" + coop.id() + "/adhesions/" + YEAR).then().statusCode(201)
                .body("lines", hasSize(2)).body("previousYear.lineCount", equalTo(2));
        int id = opened.extract().path("id");
        long toto = ((Number) opened.extract().path("campaign.subscriptions.find { it.name == 'TOTO est content' }.id")).longValue();
        Map<String, Object> declared = declare(token, id, version(opened),
                declarations(true, "2500", "0", List.of(toto), "5", "CHEQUE")).statusCode(200).extract().as(Map.class);
        Map<String, Object> read = as(token).get("/api/adhesions/" + id).then().statusCode(200).extract().as(Map.class);
        assertThat(read).isEqualTo(declared);
        assertThat(read.get("previousYear")).isEqualTo(Map.of("schoolYear", "2024-2025", "lineCount", 2));
        assertThat((Map<String, Object>) read.get("declarations")).containsEntry("subscriptionIds", List.of((int) toto));

        Map<String, Object> added = addLine(token, id, (int) declared.get("version"), line("CM2", "M. Plain", "plain@ac-demo.fr", 1, 25))
                .statusCode(201).body("lines", hasSize(3)).body("totals.members", equalTo(68)).extract().as(Map.class);
        assertThat(as(token).get("/api/adhesions/" + id).then().extract().as(Map.class)).isEqualTo(added);
        Adhesion saved = reload(id);
        assertThat(saved.version).isEqualTo(added.get("version"));
        assertThat(saved.lineCount).isEqualTo(3);
        assertThat(saved.amount).isEqualByComparingTo(String.valueOf(((Map<String, Object>) added.get("fee")).get("total")));
        assertThat(saved.subscriptionIds).containsExactly(toto);
        assertThat(saved.lines).extracting(l -> l.id).doesNotHaveDuplicates();

        submit(token, id, (int) added.get("version")).statusCode(409); // the carried-over lines are still to confirm
        List<AuditRecord> trail = QuarkusTransaction.requiringNew().call(() -> AuditRecord.<AuditRecord>list(
                "entityType = 'Adhesion' and entityId = ?1 order by id", String.valueOf(id)));
        assertThat(trail).extracting(r -> r.action).containsExactly("ADHESION_OPENED", "ADHESION_DECLARED", "CLASS_LINE_ADDED");
        assertThat(trail).extracting(r -> r.actorLogin).containsOnly(coop.login());
        assertThat(trail.get(2).afterJson).contains("\"className\":\"CM2\"").contains("\"teachers\":\"M. Plain\"");
        assertThat(trail.get(2).cooperativeId).isEqualTo(coop.id());
    }

    @Test
    void shouldSubmitAndThenLockTheAdhesion() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("038");
        String token = fixtures.tokenOf(coop.login());
        int[] a = open(token, coop.id());
        submit(token, a[0], a[1]).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://coop-en-ligne.fr/problems/submission-refused"))
                .body("violations.field", hasItem("lines"))
                .body("violations.field", hasItem("paymentMeans"));
        int v = version(addLine(token, a[0], a[1], line("CP", "Mme Martin", null, 1, 20)));
        v = version(declare(token, a[0], v, declarations(false, "0", "0", List.of(), "0", "OTHER_PAYER")).statusCode(200));
        v = version(submit(token, a[0], v).statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("statusLabel", equalTo("Le paiement n'est pas validé"))
                .body("submittedAmount", equalTo(47.46f))
                .body("late", equalTo(false)));
        addLine(token, a[0], v, line("CE1", "M. Dupuis", null, 1, 20)).statusCode(409)
                .body("type", equalTo("https://coop-en-ligne.fr/problems/adhesion-submitted"));
        submit(token, a[0], v).statusCode(409);
        assertThat(reload(a[0]).lineCount).isEqualTo(1);
        List<String> actions = QuarkusTransaction.requiringNew().call(() -> AuditRecord.<AuditRecord>list(
                "entityType = 'Adhesion' and entityId = ?1 order by id", String.valueOf(a[0])).stream().map(r -> r.action).toList());
        assertThat(actions).containsExactly("ADHESION_OPENED", "CLASS_LINE_ADDED", "ADHESION_DECLARED", "ADHESION_SUBMITTED");
    }

    @Test
    void shouldMarkALateSubmission() {
        clock.setDate(LocalDate.of(2025, 10, 6));
        Fixtures.Coop coop = fixtures.newActiveCooperative("038");
        String token = fixtures.tokenOf(coop.login());
        int[] a = open(token, coop.id());
        int v = version(addLine(token, a[0], a[1], line("CP", "Mme Martin", null, 1, 20)));
        v = version(declare(token, a[0], v, declarations(false, "0", "0", List.of(), "0", "CHEQUE")));
        submit(token, a[0], v).statusCode(200).body("late", equalTo(true)).body("campaign.afterDeadline", equalTo(true));
    }

    @Test
    void shouldKeepTheModuleClosedBeforeTheOpeningDate() {
        String dept = fixtures.newDepartment();
        QuarkusTransaction.requiringNew().run(() -> org.coopenligne.tariff.Tariff.update(
                "opensOn = ?1, version = version + 1 where schoolYear = '2025-2026' and departmentId = (select id from Department where code = ?2)",
                LocalDate.of(2025, 9, 20), dept));
        Fixtures.Coop coop = fixtures.newActiveCooperative(dept);
        as(fixtures.tokenOf(coop.login())).post("/api/cooperatives/" + coop.id() + "/adhesions/" + YEAR)
                .then().statusCode(409).body("detail", equalTo("Le module d'adhésion ouvrira le 20/09/2025."));
    }

    @Test
    void shouldOnlyOpenTheCurrentYear() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("038");
        as(fixtures.tokenOf(coop.login())).post("/api/cooperatives/" + coop.id() + "/adhesions/2024-2025")
                .then().statusCode(400).body("violations[0].field", equalTo("year"))
                .body("detail", containsString("2025 - 2026"));
        as(fixtures.tokenOf(coop.login())).post("/api/cooperatives/" + coop.id() + "/adhesions/2025-2027")
                .then().statusCode(400).body("violations[0].field", equalTo("year"));
    }

    @ParameterizedTest(name = "line {0} is refused")
    @ValueSource(strings = {
            "{\"className\":\"CP\",\"adults\":-1,\"pupils\":20}|adults",
            "{\"className\":\"CP\",\"adults\":1,\"pupils\":2.5}|pupils",
            "{\"className\":\"CP\",\"adults\":1,\"pupils\":\"20\"}|pupils",
            "{\"className\":\"\",\"adults\":1,\"pupils\":20}|className",
            "{\"className\":\"   \",\"adults\":1,\"pupils\":20}|className",
            "{\"className\":\"CP\",\"teacherEmail\":\"pas un mail\",\"adults\":1,\"pupils\":20}|teacherEmail",
            "{\"className\":\"CP\",\"adults\":1,\"pupils\":1000000}|pupils",
            "{\"className\":\"CP\",\"adults\":1}|pupils",
            "{\"className\":\"CP\",\"adults\":null,\"pupils\":3}|adults",
    })
    void shouldRefuseBadLinesAndChangeNothing(String spec) {
        String[] parts = spec.split("\\|");
        Fixtures.Coop coop = fixtures.newActiveCooperative("038");
        String token = fixtures.tokenOf(coop.login());
        int[] a = open(token, coop.id());
        as(token).header("If-Match", a[1]).contentType(ContentType.JSON).body(parts[0])
                .post("/api/adhesions/" + a[0] + "/lines")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(parts[1]));
        Adhesion after = reload(a[0]);
        assertThat(after.lines).isEmpty();
        assertThat(after.version).isEqualTo(a[1]);
    }

    @Test
    void shouldRefuseAmountsWithMoreThanTwoDecimals() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("038");
        String token = fixtures.tokenOf(coop.login());
        int[] a = open(token, coop.id());
        declare(token, a[0], a[1], declarations(true, "2500.005", "0", List.of(), "0", null))
                .statusCode(400).body("violations[0].field", equalTo("propertyValue")).body("detail", containsString("deux décimales"));
        declare(token, a[0], a[1], declarations(true, "0", "0", List.of(), "-5", null))
                .statusCode(400).body("violations[0].field", equalTo("voluntaryParticipation"));
        declare(token, a[0], a[1], declarations(true, "0", "0", List.of(987654L), "0", null))
                .statusCode(400).body("violations[0].field", equalTo("subscriptionIds"));
        assertThat(reload(a[0]).version).isEqualTo(a[1]);
        // a means the department did not enable (046 takes direct debits and transfers, not cheques)
        Fixtures.Coop lot = fixtures.newActiveCooperative("046");
        String lotToken = fixtures.tokenOf(lot.login());
        int[] b = open(lotToken, lot.id());
        declare(lotToken, b[0], b[1], declarations(true, "0", "0", List.of(), "0", "CHEQUE"))
                .statusCode(400).body("violations[0].field", equalTo("paymentMeans"));
        assertThat(reload(b[0]).version).isEqualTo(b[1]);
    }

    @Test
    void shouldRefuseALineOfAnotherAdhesion() {
        Fixtures.Coop mine = fixtures.newActiveCooperative("038");
        Fixtures.Coop theirs = fixtures.newActiveCooperative("038");
        String myToken = fixtures.tokenOf(mine.login());
        String theirToken = fixtures.tokenOf(theirs.login());
        int[] my = open(myToken, mine.id());
        int[] their = open(theirToken, theirs.id());
        int theirLine = addLine(theirToken, their[0], their[1], line("CP", "X", null, 1, 10)).extract().path("lines[0].id");
        as(myToken).header("If-Match", my[1]).contentType(ContentType.JSON).body(line("CP", "Y", null, 1, 1))
                .put("/api/adhesions/" + my[0] + "/lines/" + theirLine).then().statusCode(404);
        as(myToken).header("If-Match", their[1] + 1).delete("/api/adhesions/" + their[0] + "/lines/" + theirLine)
                .then().statusCode(403);
        assertThat(reload(their[0]).lines).hasSize(1);
    }

    @Test
    void shouldRequireTheVersionAndRefuseAStaleOne() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("038");
        String token = fixtures.tokenOf(coop.login());
        int[] a = open(token, coop.id());
        as(token).contentType(ContentType.JSON).body(line("CP", "X", null, 1, 10)).post("/api/adhesions/" + a[0] + "/lines")
                .then().statusCode(428).contentType("application/problem+json");
        addLine(token, a[0], a[1], line("CP", "Sur le téléphone", null, 1, 10)).statusCode(201);
        addLine(token, a[0], a[1], line("CE1", "Sur l'ordinateur", null, 1, 12)).statusCode(409)
                .body("type", equalTo("https://coop-en-ligne.fr/problems/stale-version"))
                .body("detail", containsString("Rechargez"));
        assertThat(reload(a[0]).lines).extracting(l -> l.teachers).containsExactly("Sur le téléphone");
    }

    @Test
    void shouldLetOneOfManySimultaneousSavesWin() throws Exception {
        Fixtures.Coop coop = fixtures.newActiveCooperative("038");
        String token = fixtures.tokenOf(coop.login());
        int[] a = open(token, coop.id());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Integer>> saves = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int n = i;
            saves.add(() -> addLine(token, a[0], a[1], line("Classe " + n, null, null, 1, 10)).extract().statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(saves)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        assertThat(reload(a[0]).lines).hasSize(1);
    }

    @Test
    void shouldDeleteALineAndRecount() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("038");
        String token = fixtures.tokenOf(coop.login());
        int[] a = open(token, coop.id());
        int v = version(addLine(token, a[0], a[1], line("CP", "A", null, 1, 10)));
        ValidatableResponse r = addLine(token, a[0], v, line("RASED", "Psychologue scolaire", null, 1, 0)).statusCode(201)
                .body("totals.adults", equalTo(2)).body("totals.pupils", equalTo(10));
        int lineId = r.extract().path("lines[0].id");
        as(token).header("If-Match", version(r)).delete("/api/adhesions/" + a[0] + "/lines/" + lineId).then().statusCode(200)
                .body("lines", hasSize(1)).body("lines[0].className", equalTo("RASED"))
                .body("totals.members", equalTo(1)).body("fee.total", equalTo(2.26f));
    }

    @Test
    void shouldAnswerTheNewLinesAddressWhereItIsChangedAndDeleted() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("038");
        String token = fixtures.tokenOf(coop.login());
        int[] a = open(token, coop.id());
        int v = version(addLine(token, a[0], a[1], line("CP", "A", null, 1, 10)).statusCode(201));
        ValidatableResponse added = addLine(token, a[0], v, line("CE1", "B", null, 1, 12)).statusCode(201);
        String location = added.extract().header("Location");
        int newId = added.extract().path("lines.find { it.className == 'CE1' }.id");
        assertThat(location).isEqualTo("/api/adhesions/" + a[0] + "/lines/" + newId);
        assertThat(reload(a[0]).lines).extracting(l -> l.id).contains((long) newId);

        ValidatableResponse changed = as(token).header("If-Match", version(added)).contentType(ContentType.JSON)
                .body(line("CE1", "B", null, 2, 13)).put(location).then().statusCode(200)
                .body("lines.find { it.id == " + newId + " }.pupils", equalTo(13));
        as(token).header("If-Match", version(changed)).delete(location).then().statusCode(200)
                .body("lines", hasSize(1)).body("lines[0].className", equalTo("CP"));
    }

    @Test
    void shouldQuoteWithoutSaving() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("038");
        String token = fixtures.tokenOf(coop.login());
        int[] a = open(token, coop.id());
        as(token).contentType(ContentType.JSON)
                .body(Map.of("adults", 10, "pupils", 165, "insured", true, "propertyValue", 0, "instrumentValue", 0,
                        "voluntaryParticipation", 0))
                .post("/api/adhesions/" + a[0] + "/quote").then().statusCode(200).body("total", equalTo(439.25f));
        assertThat(reload(a[0]).version).isEqualTo(a[1]);
    }

    @Test
    void shouldRefuseAQuoteOutsideTheContractsLimitsOnSubscriptions() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("038");
        String token = fixtures.tokenOf(coop.login());
        int[] a = open(token, coop.id());
        String counts = "{\"adults\":10,\"pupils\":165,\"insured\":true,\"propertyValue\":0,\"instrumentValue\":0,"
                + "\"voluntaryParticipation\":0,\"subscriptionIds\":";
        for (String ids : new String[] {"[" + "1,".repeat(5999) + "1]", "[null]", "[1,2,3,4,5,6,7,8,9,10,11]"}) {
            as(token).contentType(ContentType.JSON).body(counts + ids + "}").post("/api/adhesions/" + a[0] + "/quote")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", org.hamcrest.Matchers.startsWith("subscriptionIds"));
        }
        assertThat(reload(a[0]).version).isEqualTo(a[1]);
    }
}
