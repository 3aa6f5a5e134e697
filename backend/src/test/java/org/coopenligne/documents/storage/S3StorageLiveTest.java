package org.coopenligne.documents.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-written S3 client against a real S3 server: S3Proxy 2.6.0 (the one {@code make cluster} runs), started
 * here from {@code target/s3proxy/s3proxy.jar} (Maven copies it before the tests) on a folder, with signature
 * checking on. It checks what {@link FakeS3Server} cannot: that a real server accepts our SigV4 signatures, our
 * path-style addressing, our payload hashes and our listing's query, and answers errors we read correctly.
 * <p>
 * Another store, e.g. the MinIO of docker-compose.yml with its bucket created, instead:
 * <pre>
 * COOP_TEST_S3_ENDPOINT=http://localhost:9000 COOP_TEST_S3_BUCKET=coop-documents COOP_TEST_S3_ACCESS_KEY=coop \
 * COOP_TEST_S3_SECRET_KEY=... ./mvnw test -Dtest=S3StorageLiveTest
 * </pre>
 */
class S3StorageLiveTest {

    private static final String ACCESS_KEY = "coop-test";
    private static final String SECRET_KEY = "s3proxy-test-secret";

    private static Process s3proxy;
    private static URI endpoint;
    private static String bucket;
    private static String accessKey;
    private static String secretKey;

    @TempDir
    Path spool;

    @BeforeAll
    static void startS3Proxy(@TempDir Path folder) throws Exception {
        String external = System.getenv("COOP_TEST_S3_ENDPOINT");
        if (external != null && !external.isBlank()) {
            endpoint = URI.create(external);
            bucket = System.getenv().getOrDefault("COOP_TEST_S3_BUCKET", "coop-documents");
            accessKey = System.getenv().getOrDefault("COOP_TEST_S3_ACCESS_KEY", "coop");
            secretKey = System.getenv().getOrDefault("COOP_TEST_S3_SECRET_KEY", "");
            return;
        }
        Path jar = Path.of("target/s3proxy/s3proxy.jar");
        assertThat(jar).as("S3Proxy, copied by the maven-dependency-plugin before the tests").exists();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        bucket = "coop-documents";
        accessKey = ACCESS_KEY;
        secretKey = SECRET_KEY;
        Files.createDirectories(folder.resolve("data").resolve(bucket)); // the filesystem provider: a bucket is a folder
        Path properties = folder.resolve("s3proxy.conf");
        Files.writeString(properties, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + ACCESS_KEY,
                "s3proxy.credential=" + SECRET_KEY,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + folder.resolve("data")));
        String java = ProcessHandle.current().info().command().orElse("java");
        s3proxy = new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
                "--properties", properties.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("s3proxy.log").toFile()).start();
        endpoint = URI.create("http://127.0.0.1:" + port);
        Instant deadline = Instant.now().plusSeconds(60);
        while (!answers(port)) {
            assertThat(s3proxy.isAlive()).as("S3Proxy running (see its log in %s)", folder).isTrue();
            assertThat(Instant.now()).as("S3Proxy listening within 60 s").isBefore(deadline);
            Thread.sleep(100);
        }
    }

    @AfterAll
    static void stopS3Proxy() throws InterruptedException {
        if (s3proxy != null) {
            s3proxy.destroy();
            s3proxy.waitFor();
        }
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private S3Storage storage(String bucketName, String secret) {
        return new S3Storage(endpoint, System.getenv().getOrDefault("COOP_TEST_S3_REGION", "us-east-1"), bucketName,
                accessKey, secret, spool);
    }

    @Test
    void shouldRoundTripAgainstARealStore() throws Exception {
        S3Storage storage = storage(bucket, secretKey);
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
        storage.delete(stored.key()); // deleting what is gone does nothing
        assertThat(Samples.entriesUnder(spool)).isEmpty();
    }

    @Test
    void shouldListItsKeysAPageAtATime() throws Exception {
        S3Storage storage = storage(bucket, secretKey);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            keys.add(storage.store(new ByteArrayInputStream(Samples.pdf()), 1024 * 1024).key());
        }
        storage.listPageSize = 2;

        List<String> all = new ArrayList<>();
        storage.forEachKey(Instant.now().plus(Duration.ofMinutes(1)), all::add);
        List<String> older = new ArrayList<>();
        storage.forEachKey(Instant.now().minus(Duration.ofHours(1)), older::add);

        assertThat(all).containsAll(keys).doesNotHaveDuplicates();
        assertThat(older).doesNotContainAnyElementsOf(keys);
        for (String key : keys) {
            storage.delete(key);
        }
    }

    @Test
    void shouldAnswerStorageUnavailableWhenTheSecretIsWrong() throws Exception {
        S3Storage wrong = storage(bucket, "pas-le-bon-secret");

        assertThatThrownBy(() -> wrong.store(new ByteArrayInputStream(Samples.png()), 1024 * 1024))
                .isInstanceOf(StorageUnavailableException.class);
        assertThatThrownBy(() -> wrong.forEachKey(Instant.now(), key -> { })).isInstanceOf(StorageUnavailableException.class);
        assertThat(Samples.entriesUnder(spool)).isEmpty();
    }

    @Test
    void shouldTellAMissingBucketFromAMissingFile() {
        S3Storage storage = storage(bucket, secretKey);
        S3Storage noBucket = storage("no-such-bucket-here", secretKey);

        assertThatThrownBy(() -> storage.open("0123456789abcdef0123456789abcdef")).isInstanceOf(DocumentNotFoundException.class);
        assertThatThrownBy(() -> noBucket.open("0123456789abcdef0123456789abcdef")).isInstanceOf(StorageUnavailableException.class);
        assertThatThrownBy(() -> noBucket.forEachKey(Instant.now(), key -> { })).isInstanceOf(StorageUnavailableException.class);
    }
}
