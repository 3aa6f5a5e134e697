package org.coopenligne.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Api.open;
import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.coopenligne.documents.storage.StorageConfig;
import org.coopenligne.support.Files;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.Test;

/** Uploads: checked by content, bounded, hashed, stored outside the web root, readable only by their owners. */
@QuarkusTest
class DocumentResourceTest {

    @Inject Fixtures fixtures;
    @Inject StorageConfig storage;

    private long storedFiles() throws IOException {
        Path dir = storage.directory();
        if (!java.nio.file.Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = java.nio.file.Files.walk(dir)) {
            return files.filter(java.nio.file.Files::isRegularFile).count();
        }
    }

    private static long documentRows() {
        return QuarkusTransaction.requiringNew().call(() -> StoredDocument.count());
    }

    @Test
    void shouldStoreAnEngagementWithItsChecksumAndServeItOnlyToItsOwners() throws Exception {
        Fixtures.Coop coop = fixtures.newActiveCooperative("046");
        String token = fixtures.tokenOf(coop.login());
        int[] adhesion = open(token, coop.id());
        byte[] png = Files.png();
        int documentId = as(token).multiPart("file", "C:\\Users\\prof\\scan engagement.png", png, "application/octet-stream")
                .post("/api/adhesions/" + adhesion[0] + "/engagement/uploads").then().statusCode(201)
                .body("name", equalTo("scan engagement.png"))
                .body("contentType", equalTo("image/png"))
                .body("size", equalTo(png.length))
                .body("sha256", equalTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png))))
                .extract().path("id");
        byte[] back = as(token).get("/api/documents/" + documentId + "/content").then().statusCode(200)
                .contentType("image/png").header("Content-Disposition", containsString("inline")).extract().asByteArray();
        assertThat(back).isEqualTo(png);
        // Staff of the department read it; another cooperative and another department's staff do not.
        as(fixtures.staffToken("046")).get("/api/documents/" + documentId + "/content").then().statusCode(200);
        as(fixtures.tokenOf(fixtures.newActiveCooperative("046").login())).get("/api/documents/" + documentId + "/content")
                .then().statusCode(403).contentType("application/problem+json");
        as(fixtures.staffToken("038")).get("/api/documents/" + documentId + "/content").then().statusCode(403);
        io.restassured.RestAssured.given().get("/api/documents/" + documentId + "/content").then().statusCode(401);
        // The storage directory is not under the web root.
        assertThat(storage.directory().toAbsolutePath().toString()).doesNotContain("META-INF/resources");
    }

    @Test
    void shouldRefuseFilesByTheirContentAndChangeNothing() throws Exception {
        Fixtures.Coop coop = fixtures.newActiveCooperative("046");
        String token = fixtures.tokenOf(coop.login());
        int[] adhesion = open(token, coop.id());
        long files = storedFiles();
        long rows = documentRows();
        int version = as(token).get("/api/adhesions/" + adhesion[0]).then().extract().path("version");
        for (byte[] bad : new byte[][] {Files.html(), Files.windowsExecutable(), new byte[0]}) {
            as(token).multiPart("file", "engagement.pdf", bad, "application/pdf").post("/api/adhesions/" + adhesion[0] + "/engagement/uploads")
                    .then().statusCode(org.hamcrest.Matchers.oneOf(400, 415)).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("file"));
        }
        as(token).post("/api/adhesions/" + adhesion[0] + "/engagement/uploads").then().statusCode(org.hamcrest.Matchers.oneOf(400, 415))
                .contentType("application/problem+json");
        assertThat(storedFiles()).isEqualTo(files);
        assertThat(documentRows()).isEqualTo(rows);
        as(token).get("/api/adhesions/" + adhesion[0]).then().body("version", equalTo(version))
                .body("review.engagementUploaded", equalTo(false));
    }

    @Test
    void shouldRefuseAFileOverTenMegabytesWith413() throws Exception {
        Fixtures.Coop coop = fixtures.newActiveCooperative("046");
        String token = fixtures.tokenOf(coop.login());
        int[] adhesion = open(token, coop.id());
        long files = storedFiles();
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(Files.pdf(), 0, big, 0, Files.pdf().length);
        as(token).multiPart("file", "gros.pdf", big, "application/pdf").post("/api/adhesions/" + adhesion[0] + "/engagement/uploads")
                .then().statusCode(413).contentType("application/problem+json").body("detail", containsString("10 Mo"));
        assertThat(storedFiles()).isEqualTo(files);
        byte[] exactly = java.util.Arrays.copyOf(big, 10 * 1024 * 1024);
        as(token).multiPart("file", "juste.pdf", exactly, "application/pdf").post("/api/adhesions/" + adhesion[0] + "/engagement/uploads")
                .then().statusCode(201).body("size", equalTo(10 * 1024 * 1024));
    }

    @Test
    void shouldNotLetAnotherCooperativeUploadOrListDocuments() {
        Fixtures.Coop coop = fixtures.newActiveCooperative("046");
        int[] adhesion = open(fixtures.tokenOf(coop.login()), coop.id());
        String intruder = fixtures.tokenOf(fixtures.newActiveCooperative("046").login());
        as(intruder).multiPart("file", "x.png", Files.png(), "image/png").post("/api/adhesions/" + adhesion[0] + "/engagement/uploads")
                .then().statusCode(403);
        as(intruder).get("/api/adhesions/" + adhesion[0] + "/engagement/uploads").then().statusCode(403);
        as(intruder).get("/api/adhesions/" + adhesion[0] + "/engagement/form").then().statusCode(403);
    }

    @Test
    void shouldSayAnUnknownVerificationCodeIsNotGenuine() {
        io.restassured.RestAssured.given().get("/api/public/certificates/AAAA-BBBB-CCCC").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("Aucun document"));
        io.restassured.RestAssured.given().get("/api/public/certificates/%3Cscript%3E").then().statusCode(404);
    }
}
