package org.coopenligne.ledger.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.coopenligne.support.Files;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.Test;

/** Vouchers: a receipt's photo or scan attached to an entry, checked by content, read by the cooperative and its staff only. */
@QuarkusTest
class VoucherResourceTest {

    @Inject Fixtures fixtures;

    @Test
    void shouldAttachAReceiptToAnEntryAndKeepItToTheCooperative() {
        String department = fixtures.newDepartment();
        Fixtures.Coop coop = fixtures.newActiveCooperative(department);
        String mandataire = fixtures.tokenOf(coop.login());
        int entry = as(mandataire).contentType(ContentType.JSON).body(Map.of("date", "2025-09-10", "label", "Librairie", "amount", 86.4,
                        "kind", "CHARGE", "means", "CARD", "parts", List.of(Map.of("heading", "6181"))))
                .post("/api/cooperatives/" + coop.id() + "/ledger-entries").then().statusCode(201).extract().path("id");
        String vouchers = "/api/ledger-entries/" + entry + "/vouchers";

        int photo = as(mandataire).multiPart("file", "ticket.jpg", Files.jpeg(), "image/jpeg").post(vouchers).then().statusCode(201)
                .body("kind", equalTo("VOUCHER")).body("contentType", equalTo("image/jpeg")).extract().path("id");
        as(mandataire).multiPart("file", "facture.pdf", Files.pdf(), "application/pdf").post(vouchers).then().statusCode(201);
        // by content, not by name: a web page called .pdf is refused, and nothing is attached
        as(mandataire).multiPart("file", "facture.pdf", Files.html(), "application/pdf").post(vouchers).then().statusCode(org.hamcrest.Matchers.oneOf(400, 415))
                .contentType("application/problem+json");
        as(mandataire).multiPart("note", "sans fichier").post(vouchers).then().statusCode(400).body("violations[0].field", equalTo("file"));

        as(mandataire).get("/api/cooperatives/" + coop.id() + "/vouchers?year=2025-2026").then().statusCode(200)
                .body("entryId", contains(entry)).body("[0].documents", hasSize(2)).body("[0].documents[0].name", equalTo("ticket.jpg"));
        String staff = fixtures.tokenOf(fixtures.newStaff(department));
        as(staff).get("/api/cooperatives/" + coop.id() + "/vouchers?year=2025-2026").then().statusCode(200).body("[0].documents", hasSize(2));
        byte[] read = as(staff).get("/api/documents/" + photo + "/content").then().statusCode(200).extract().asByteArray();
        assertThat(read).isEqualTo(Files.jpeg());
        as(staff).multiPart("file", "ticket.jpg", Files.jpeg(), "image/jpeg").post(vouchers).then().statusCode(403);

        String other = fixtures.tokenOf(fixtures.newActiveCooperative(department).login());
        as(other).multiPart("file", "ticket.jpg", Files.jpeg(), "image/jpeg").post(vouchers).then().statusCode(403);
        as(other).get("/api/documents/" + photo + "/content").then().statusCode(403);
        as(other).get("/api/cooperatives/" + coop.id() + "/vouchers").then().statusCode(403);

        // the entry deleted, its vouchers no longer belong to any entry of the year
        int version = as(mandataire).get("/api/cooperatives/" + coop.id() + "/ledger?year=2025-2026").then().extract().path("lines[0].entry.version");
        as(mandataire).header("If-Match", "\"" + version + "\"").delete("/api/ledger-entries/" + entry).then().statusCode(204);
        as(mandataire).get("/api/cooperatives/" + coop.id() + "/vouchers?year=2025-2026").then().body("", hasSize(0));
    }
}
