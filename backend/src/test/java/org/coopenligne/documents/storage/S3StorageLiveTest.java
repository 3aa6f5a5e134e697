package org.coopenligne.documents.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round trip against a real S3-compatible store, e.g. the MinIO of docker-compose.yml with its bucket
 * created. Runs only when asked:
 * <pre>
 * COOP_TEST_S3_ENDPOINT=http://localhost:9000 COOP_TEST_S3_BUCKET=coop-documents COOP_TEST_S3_ACCESS_KEY=coop \
 * COOP_TEST_S3_SECRET_KEY=... ./mvnw test -Dtest=S3StorageLiveTest
 * </pre>
 */
@EnabledIfEnvironmentVariable(named = "COOP_TEST_S3_ENDPOINT", matches = ".+")
class S3StorageLiveTest {

    @TempDir
    Path spool;

    @Test
    void shouldRoundTripAgainstARealStore() throws Exception {
        S3Storage storage = new S3Storage(URI.create(System.getenv("COOP_TEST_S3_ENDPOINT")),
                System.getenv().getOrDefault("COOP_TEST_S3_REGION", "us-east-1"),
                System.getenv().getOrDefault("COOP_TEST_S3_BUCKET", "coop-documents"),
                System.getenv().getOrDefault("COOP_TEST_S3_ACCESS_KEY", "coop"),
                System.getenv().getOrDefault("COOP_TEST_S3_SECRET_KEY", ""), spool);
        byte[] jpeg = Samples.jpeg();

        StoredFile stored = storage.store(new ByteArrayInputStream(jpeg), 1024 * 1024);

        assertThat(stored.kind()).isEqualTo(FileKind.JPEG);
        assertThat(storage.exists(stored.key())).isTrue();
        try (InputStream in = storage.open(stored.key())) {
            assertThat(in.readAllBytes()).isEqualTo(jpeg);
        }
        storage.delete(stored.key());
        assertThat(storage.exists(stored.key())).isFalse();
        assertThatThrownBy(() -> storage.open(stored.key())).isInstanceOf(DocumentNotFoundException.class);
        assertThat(Samples.entriesUnder(spool)).isEmpty();
    }
}
