package org.coopenligne.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coopenligne.common.audit.AuditRecord;
import org.coopenligne.dashboard.CampaignFixture;
import org.coopenligne.support.Fixtures;
import org.coopenligne.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReminderResourceTest {

    @Inject Fixtures fixtures;
    @Inject TestClock clock;
    @Inject ReminderSender sender;
    @Inject MockMailbox mailbox;

    private CampaignFixture f;
    private String staff;
    private String email1;

    @BeforeEach
    void setUp() {
        f = CampaignFixture.create(fixtures);
        staff = fixtures.tokenOf(fixtures.newStaff(f.department()));
        email1 = "mandataire." + f.notStarted1().number() + "@example.org";
        CampaignFixture.setEmail(f.notStarted1().id(), email1, null);
        CampaignFixture.setEmail(f.notStarted2().id(), null, " ");
        mailbox.clear();
    }

    @AfterEach
    void reset() {
        clock.reset();
        sender.setRatePerMinute(120);
    }

    private static Map<String, Object> request(String subject, String body, Map<String, Object> selection) {
        Map<String, Object> m = new HashMap<>(selection);
        m.put("subject", subject);
        m.put("body", body);
        m.put("year", CampaignFixture.YEAR);
        return m;
    }

    private ValidatableResponse post(String token, String key, Map<String, Object> request) {
        return as(token).header("Idempotency-Key", key).contentType(ContentType.JSON).body(request)
                .post("/api/departments/" + f.department() + "/reminders").then();
    }

    private static final String SUBJECT = "Adhésion {year} à saisir avant le {deadline}";
    private static final String BODY = "Bonjour,\nLa coopérative {cooperative} ({code}, {school}) n'a pas commencé. — {department} {link}";

    @Test
    void shouldRemindEveryNotStartedCooperativeInTheBackgroundAndRecordEachSend() {
        int id = post(staff, UUID.randomUUID().toString(), request(SUBJECT, BODY, Map.of("filter", Map.of("status", "NOT_STARTED"))))
                .statusCode(202)
                .body("recipientCount", equalTo(2))
                .body("progress.pending", equalTo(1))
                .body("progress.skippedNoEmail", equalTo(1))
                .body("filter.status", equalTo("NOT_STARTED"))
                .body("explicitSelection", equalTo(false))
                .extract().path("id");
        assertThat(mailbox.getMailsSentTo(email1)).as("nothing is sent in the request").isEmpty();

        drain();

        var mails = mailbox.getMailsSentTo(email1);
        assertThat(mails).hasSize(1);
        String code = f.notStarted1().departmentCode() + "-" + f.notStarted1().number();
        assertThat(mails.get(0).getSubject()).isEqualTo("Adhésion 2025 - 2026 à saisir avant le 30/09/2025");
        assertThat(mails.get(0).getText()).isEqualTo("Bonjour,\nLa coopérative " + code
                + " (" + code + ", École de test " + f.notStarted1().number() + ") n'a pas commencé. — OCCE de test " + f.department()
                + " http://localhost:8080");

        as(staff).get("/api/departments/" + f.department() + "/reminders/" + id).then().statusCode(200)
                .body("reminder.progress.sent", equalTo(1))
                .body("reminder.progress.pending", equalTo(0))
                .body("recipients.totalItems", equalTo(2))
                .body("recipients.items.status", hasItem("SENT"))
                .body("recipients.items.status", hasItem("SKIPPED_NO_EMAIL"))
                .body("recipients.items.find { it.status == 'SENT' }.email", equalTo(email1))
                .body("recipients.items.find { it.status == 'SENT' }.sentAt", equalTo("2025-09-15T08:00:00Z"));
        as(staff).get("/api/departments/" + f.department() + "/mails").then().statusCode(200)
                .body("items[0].kind", equalTo("REMINDER")).body("items[0].recipient", equalTo(email1));
        as(staff).get("/api/departments/" + f.department() + "/reminders").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(id)).body("items[0].createdBy", containsString("staff-test-"))
                // the history shows the subject as the cooperatives read it, not its placeholders
                .body("items[0].subject", equalTo(SUBJECT))
                .body("items[0].sharedSubject", equalTo("Adhésion 2025 - 2026 à saisir avant le 30/09/2025"));
        long audits = QuarkusTransaction.requiringNew().call(() ->
                AuditRecord.count("action = 'REMINDER_CREATED' and entityId = ?1", String.valueOf(id)));
        assertThat(audits).isEqualTo(1);
    }

    @Test
    void shouldReturnTheSameCampaignForTheSameKeyAndSkipTheRecentlyReminded() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> r = request(SUBJECT, BODY, Map.of("cooperativeIds", List.of(f.notStarted1().id())));
        int id = post(staff, key, r).statusCode(202).extract().path("id");
        post(staff, key, r).statusCode(200).body("id", equalTo(id)).body("recipientCount", equalTo(1));
        drain();
        post(staff, key, r).statusCode(200).body("id", equalTo(id)).body("progress.sent", equalTo(1));
        assertThat(mailbox.getMailsSentTo(email1)).hasSize(1);

        // the same key for another request is refused
        post(staff, key, request(SUBJECT, BODY + " !", Map.of("cooperativeIds", List.of(f.notStarted1().id())))).statusCode(409);

        // a second click that made a new key: the cooperative reminded with the same text is skipped
        post(staff, UUID.randomUUID().toString(), r).statusCode(202).body("id", org.hamcrest.Matchers.not(equalTo(id)))
                .body("progress.skippedRecent", equalTo(1)).body("progress.pending", equalTo(0));
        drain();
        assertThat(mailbox.getMailsSentTo(email1)).hasSize(1);

        // another text is another reminder
        post(staff, UUID.randomUUID().toString(), request("Autre objet", BODY, Map.of("cooperativeIds", List.of(f.notStarted1().id()))))
                .statusCode(202).body("progress.pending", equalTo(1));
        drain();
        assertThat(mailbox.getMailsSentTo(email1)).hasSize(2);
    }

    @Test
    void shouldSendNoMoreThanTheRatePerMinute() {
        clock.setDate(LocalDate.of(2025, 9, 20));
        drain(); // what other tests left
        clock.setDate(LocalDate.of(2025, 9, 21));
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Fixtures.Coop c = fixtures.newActiveCooperative(f.department());
            CampaignFixture.setEmail(c.id(), "rate." + c.number() + "@example.org", null);
            ids.add(c.id());
        }
        int id = post(staff, UUID.randomUUID().toString(), request("Rythme", "Bonjour {code}", Map.of("cooperativeIds", ids)))
                .statusCode(202).body("progress.pending", equalTo(5)).extract().path("id");
        sender.setRatePerMinute(2);
        assertThat(sender.tick()).isEqualTo(2);
        assertThat(sender.tick()).as("the minute's budget is spent").isZero();
        progress(id).body("progress.sent", equalTo(2)).body("progress.pending", equalTo(3));
        clock.setDate(LocalDate.of(2025, 9, 22)); // a minute later (and more)
        assertThat(sender.tick()).isEqualTo(2);
        clock.setDate(LocalDate.of(2025, 9, 23));
        assertThat(sender.tick()).isEqualTo(1);
        progress(id).body("progress.sent", equalTo(5)).body("progress.pending", equalTo(0));
        for (Long c : ids) {
            String number = QuarkusTransaction.requiringNew().call(() ->
                    org.coopenligne.cooperative.Cooperative.<org.coopenligne.cooperative.Cooperative>findById(c).number);
            assertThat(mailbox.getMailsSentTo("rate." + number + "@example.org")).hasSize(1);
        }
    }

    @Test
    void shouldRefuseABadRequestInFrench() {
        Map<String, Object> ids = Map.of("cooperativeIds", List.of(f.notStarted1().id()));
        as(staff).contentType(ContentType.JSON).body(request(SUBJECT, BODY, ids))
                .post("/api/departments/" + f.department() + "/reminders").then()
                .statusCode(400).body("violations[0].field", equalTo("Idempotency-Key"));
        post(staff, UUID.randomUUID().toString(), request(SUBJECT, "Bonjour {ecole}", ids)).statusCode(400)
                .body("violations[0].field", equalTo("body")).body("detail", containsString("{ecole}"));
        post(staff, UUID.randomUUID().toString(), request(" ", BODY, ids)).statusCode(400);
        post(staff, UUID.randomUUID().toString(), request(SUBJECT, BODY, Map.of())).statusCode(400)
                .body("violations[0].field", equalTo("cooperativeIds"));
        // a cooperative of another department
        Fixtures.Coop other = fixtures.newActiveCooperative("046");
        post(staff, UUID.randomUUID().toString(), request(SUBJECT, BODY, Map.of("cooperativeIds", List.of(other.id())))).statusCode(400)
                .body("violations[0].field", equalTo("cooperativeIds"));
        post(staff, UUID.randomUUID().toString(), request(SUBJECT, BODY, Map.of("filter", Map.of("status", "FINI")))).statusCode(400);
        post(staff, UUID.randomUUID().toString(), request(SUBJECT, BODY, Map.of("filter", Map.of("q", "aucune école de ce nom"))))
                .statusCode(400).body("violations[0].field", equalTo("filter"));
        as(staff).get("/api/departments/" + f.department() + "/reminders").then().body("totalItems", equalTo(0));
    }

    @Test
    void shouldKeepEachDepartmentsRemindersToItsStaff() {
        Map<String, Object> r = request(SUBJECT, BODY, Map.of("cooperativeIds", List.of(f.notStarted1().id())));
        post(fixtures.staffToken("038"), UUID.randomUUID().toString(), r).statusCode(403);
        post(fixtures.tokenOf(f.draft().login()), UUID.randomUUID().toString(), r).statusCode(403);
        int id = post(staff, UUID.randomUUID().toString(), r).statusCode(202).extract().path("id");
        as(fixtures.staffToken("038")).get("/api/departments/" + f.department() + "/reminders/" + id).then().statusCode(403);
        as(fixtures.staffToken("038")).get("/api/departments/038/reminders/" + id).then().statusCode(404);
        as(fixtures.adminToken()).get("/api/departments/" + f.department() + "/reminders/" + id).then().statusCode(200);
    }

    private ValidatableResponse progress(int id) {
        return as(staff).get("/api/departments/" + f.department() + "/reminders/" + id).then().statusCode(200)
                .rootPath("reminder");
    }

    private void drain() {
        int before = sender.ratePerMinute();
        sender.setRatePerMinute(100_000);
        while (sender.tick() > 0) {
            // until nothing is pending
        }
        sender.setRatePerMinute(before);
    }
}
