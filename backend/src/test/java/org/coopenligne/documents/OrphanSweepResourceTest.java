package org.coopenligne.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.coopenligne.documents.storage.DocumentStorage;
import org.coopenligne.documents.storage.StorageConfig;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sweep of stored files no document row names: an old orphan goes, a document's file and a young file (an upload
 * maybe still in progress) stay; only the national admin asks for it, and it is audited.
 */
@QuarkusTest
class OrphanSweepResourceTest {

    @Inject Fixtures fixtures;
    @Inject DocumentStorage storage;
    @Inject StorageConfig config;
    @Inject EntityManager em;

    @Test
    void shouldRemoveTheOldFilesThatNoDocumentNamesAndKeepTheOthers() throws Exception {
        String department = fixtures.newDepartment();
        Fixtures.Coop coop = fixtures.newActiveCooperative(department);
        String mandataire = fixtures.tokenOf(coop.login());
        int entry = as(mandataire).contentType(ContentType.JSON).body(Map.of("date", "2025-09-10", "label", "Librairie", "amount", 12.5,
                        "kind", "CHARGE", "means", "CARD", "parts", List.of(Map.of("heading", "6181"))))
                .post("/api/cooperatives/" + coop.id() + "/ledger-entries").then().statusCode(201).extract().path("id");
        int document = as(mandataire).multiPart("file", "ticket.pdf", org.coopenligne.support.Files.pdf(), "application/pdf")
                .post("/api/ledger-entries/" + entry + "/vouchers").then().statusCode(201).extract().path("id");
        String documentKey = QuarkusTransaction.requiringNew().call(() -> StoredDocument.<StoredDocument>findById((long) document).storageKey);
        // the bytes of an upload whose transaction never committed (its replica was killed), an hour and more ago, and now
        String orphan = storage.store(new ByteArrayInputStream(org.coopenligne.support.Files.pdf()), 1 << 20).key();
        String young = storage.store(new ByteArrayInputStream(org.coopenligne.support.Files.png()), 1 << 20).key();
        age(documentKey);
        age(orphan);
        long auditedBefore = audited();

        as(fixtures.adminToken()).post("/api/storage/orphan-sweeps").then().statusCode(200)
                .body("removed", greaterThanOrEqualTo(1)).body("examined", greaterThanOrEqualTo(2));

        assertThat(storage.exists(orphan)).isFalse();
        assertThat(storage.exists(documentKey)).isTrue();
        assertThat(storage.exists(young)).isTrue();
        assertThat(audited()).isEqualTo(auditedBefore + 1);
        as(mandataire).get("/api/documents/" + document + "/content").then().statusCode(200);

        // with no minimum age, the young orphan goes too (for when no upload is in progress)
        as(fixtures.adminToken()).queryParam("olderThanMinutes", 0).post("/api/storage/orphan-sweeps").then().statusCode(200)
                .body("removed", greaterThanOrEqualTo(1));
        assertThat(storage.exists(young)).isFalse();
        assertThat(storage.exists(documentKey)).isTrue();
    }

    @Test
    void shouldBeTheNationalAdminsOnly() throws Exception {
        String department = fixtures.newDepartment();
        String orphan = storeOrphan();
        age(orphan);
        as(fixtures.tokenOf(fixtures.newStaff(department))).post("/api/storage/orphan-sweeps").then().statusCode(403)
                .contentType("application/problem+json");
        as(fixtures.tokenOf(fixtures.newActiveCooperative(department).login())).post("/api/storage/orphan-sweeps")
                .then().statusCode(403);
        assertThat(storage.exists(orphan)).isTrue();
    }

    @ParameterizedTest(name = "olderThanMinutes={0}")
    @ValueSource(strings = {"-1", "10081", "une heure", "99999999999"})
    void shouldRefuseAnAgeOutOfRangeAndRemoveNothing(String minutes) throws Exception {
        String orphan = storeOrphan();
        age(orphan);
        as(fixtures.adminToken()).queryParam("olderThanMinutes", minutes).post("/api/storage/orphan-sweeps").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("olderThanMinutes"));
        assertThat(storage.exists(orphan)).isTrue();
    }

    private String storeOrphan() {
        try {
            return storage.store(new ByteArrayInputStream(org.coopenligne.support.Files.pdf()), 1 << 20).key();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Moves a stored file two hours back, past the sweep's grace. */
    private void age(String key) {
        Path file = config.directory().resolve(key.substring(0, 2)).resolve(key);
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long audited() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_record where action = 'STORAGE_ORPHANS_REMOVED'").getSingleResult()).longValue());
    }
}
