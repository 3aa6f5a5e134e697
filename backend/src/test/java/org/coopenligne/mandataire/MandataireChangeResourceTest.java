package org.coopenligne.mandataire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.mailer.Mail;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.coopenligne.support.Files;
import org.coopenligne.support.Fixtures;
import org.coopenligne.support.MailboxTest;
import org.coopenligne.support.Pdfs;
import org.junit.jupiter.api.Test;

/** Change of mandataire (seed 000): the form, the papers, staff's decision, the account handed over. */
@QuarkusTest
class MandataireChangeResourceTest extends MailboxTest {

    private static RequestSpecification withPapers(RequestSpecification r) {
        return withPapers(r, "marie.martin@example.fr");
    }

    private static RequestSpecification withPapers(RequestSpecification r, String email) {
        return r.multiPart("newMandataireName", "Marie MARTIN")
                .multiPart("newMandataireEmail", email)
                .multiPart("newCoSignatories", "Paul LEROY")
                .multiPart("form", "formulaire.pdf", Files.pdf(), "application/pdf")
                .multiPart("idCopy", "cni.jpg", Files.jpeg(), "image/jpeg")
                .multiPart("proofOfAddress", "facture.png", Files.png(), "image/png");
    }

    @Test
    void shouldHandTheCooperativeToTheNewMandataireOnceStaffAccept() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("046");
        String oldToken = fixtures.tokenOf(coop.login());
        String form = Pdfs.text(as(oldToken).get("/api/cooperatives/" + coop.id() + "/mandataire-changes/form").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray());
        assertThat(form).contains("1 234 56 X", "Banque Postale", "Marie TESTEUR");

        int changeId = withPapers(as(oldToken)).post("/api/cooperatives/" + coop.id() + "/mandataire-changes").then().statusCode(201)
                .body("status", equalTo("PENDING")).body("documents", hasSize(3))
                .body("documents.kind", hasItem("ID_COPY")).extract().path("id");
        withPapers(as(oldToken)).post("/api/cooperatives/" + coop.id() + "/mandataire-changes").then().statusCode(409)
                .body("type", containsString("change-pending"));

        String staff = fixtures.staffToken("046");
        int version = as(staff).get("/api/departments/" + coop.departmentCode() + "/mandataire-changes").then().statusCode(200)
                .body("items.id", hasItem(changeId)).extract().path("items.find { it.id == " + changeId + " }.version");
        as(fixtures.staffToken("038")).get("/api/departments/" + coop.departmentCode() + "/mandataire-changes").then().statusCode(403);
        as(fixtures.staffToken("038")).header("If-Match", "\"" + version + "\"")
                .post("/api/mandataire-changes/" + changeId + "/acceptance").then().statusCode(403);
        as(oldToken).header("If-Match", "\"" + version + "\"").post("/api/mandataire-changes/" + changeId + "/acceptance").then().statusCode(403);

        String password = as(staff).header("If-Match", "\"" + version + "\"").post("/api/mandataire-changes/" + changeId + "/acceptance")
                .then().statusCode(200).body("change.status", equalTo("ACCEPTED")).body("login", equalTo(coop.login().toUpperCase()))
                .extract().path("oneTimePassword");
        assertThat(password).matches("[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}");

        // The old mandataire's sessions end; the new one logs in with the one-time password and must change it.
        as(oldToken).get("/api/me").then().statusCode(401);
        String fresh = Fixtures.login(coop.login(), password);
        as(fresh).get("/api/me").then().statusCode(200).body("mustChangePassword", equalTo(true));
        as(staff).get("/api/cooperatives/" + coop.id()).then().statusCode(200)
                .body("mandataireName", equalTo("Marie MARTIN")).body("mandataireEmail", equalTo("marie.martin@example.fr"))
                .body("coSignatories", equalTo("Paul LEROY"));
        List<Mail> mails = mailbox.getMailsSentTo("marie.martin@example.fr");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getText()).contains(password, coop.login().toUpperCase());
        assertThat(mailbox.getMailsSentTo("marie@example.org")).hasSize(1);

        // Accepting twice is refused.
        as(staff).header("If-Match", "\"" + (version + 1) + "\"").post("/api/mandataire-changes/" + changeId + "/acceptance")
                .then().statusCode(409);
    }

    @Test
    void shouldRefuseWithAReasonAndRequireEveryPaper() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("046");
        String token = fixtures.tokenOf(coop.login());
        as(token).multiPart("newMandataireName", "Marie MARTIN").multiPart("newMandataireEmail", "marie.martin@example.fr")
                .multiPart("form", "formulaire.pdf", Files.pdf(), "application/pdf")
                .post("/api/cooperatives/" + coop.id() + "/mandataire-changes").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("idCopy", "proofOfAddress"));
        withPapers(as(token), "pas-un-email")
                .post("/api/cooperatives/" + coop.id() + "/mandataire-changes").then().statusCode(400);
        as(token).multiPart("newMandataireName", "Marie MARTIN").multiPart("newMandataireEmail", "marie.martin@example.fr")
                .multiPart("form", "formulaire.pdf", Files.html(), "application/pdf")
                .multiPart("idCopy", "cni.jpg", Files.jpeg(), "image/jpeg")
                .multiPart("proofOfAddress", "facture.png", Files.png(), "image/png")
                .post("/api/cooperatives/" + coop.id() + "/mandataire-changes").then().statusCode(415);
        as(token).get("/api/cooperatives/" + coop.id() + "/mandataire-changes").then().statusCode(200).body("items", hasSize(0));

        int changeId = withPapers(as(token)).post("/api/cooperatives/" + coop.id() + "/mandataire-changes").then().statusCode(201)
                .extract().path("id");
        String staff = fixtures.staffToken("046");
        as(staff).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/api/mandataire-changes/" + changeId + "/refusal").then().statusCode(400);
        as(staff).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("reason", "Le justificatif de domicile a plus de 3 mois."))
                .post("/api/mandataire-changes/" + changeId + "/refusal").then().statusCode(200)
                .body("status", equalTo("REFUSED")).body("refusalReason", equalTo("Le justificatif de domicile a plus de 3 mois."));
        assertThat(mailbox.getMailsSentTo("marie@example.org")).singleElement()
                .satisfies(m -> assertThat(m.getText()).contains("plus de 3 mois")
                        .contains("/coop/" + coop.id() + "/changement-mandataire\n")); // the SPA's route of that screen
        as(token).get("/api/me").then().statusCode(200);
        as(token).get("/api/cooperatives/" + coop.id() + "/mandataire-changes").then().statusCode(200)
                .body("items[0].status", equalTo("REFUSED"));
    }

    @Test
    void shouldRefuseAControlCharacterInAFormFieldButKeepTheLinesOfTheCoSignatories() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("046");
        String token = fixtures.tokenOf(coop.login());
        as(token).multiPart("newMandataireName", "Marie\u0000MARTIN").multiPart("newMandataireEmail", "marie.martin@example.fr")
                .multiPart("form", "formulaire.pdf", Files.pdf(), "application/pdf")
                .multiPart("idCopy", "cni.jpg", Files.jpeg(), "image/jpeg")
                .multiPart("proofOfAddress", "facture.png", Files.png(), "image/png")
                .post("/api/cooperatives/" + coop.id() + "/mandataire-changes").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("newMandataireName"));
        as(token).multiPart("newMandataireName", "Marie MARTIN").multiPart("newMandataireEmail", "marie.martin@example.fr")
                .multiPart("newCoSignatories", "Paul LEROY\r\nJeanne DURAND")
                .multiPart("form", "formulaire.pdf", Files.pdf(), "application/pdf")
                .multiPart("idCopy", "cni.jpg", Files.jpeg(), "image/jpeg")
                .multiPart("proofOfAddress", "facture.png", Files.png(), "image/png")
                .post("/api/cooperatives/" + coop.id() + "/mandataire-changes").then().statusCode(201);
    }
}
