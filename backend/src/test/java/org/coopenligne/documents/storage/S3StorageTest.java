package org.coopenligne.documents.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.coopenligne.documents.storage.FakeS3Server.Received;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class S3StorageTest {

    private static final String BUCKET = "coop-documents";
    private static final String ACCESS_KEY = "coop";
    private static final String SECRET_KEY = "un-secret-de-test";
    private static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    private static final Instant NOW = Instant.parse("2025-09-15T08:30:00Z");

    @TempDir
    Path spool;

    private FakeS3Server server;
    private S3Storage storage;

    @BeforeEach
    void setUp() throws IOException {
        server = new FakeS3Server(BUCKET, ACCESS_KEY, SECRET_KEY, "us-east-1");
        storage = storageFor(server.endpoint(), SECRET_KEY);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private S3Storage storageFor(URI endpoint, String secretKey) {
        return new S3Storage(endpoint, "us-east-1", BUCKET, ACCESS_KEY, secretKey, spool,
                Clock.fixed(NOW, ZoneOffset.UTC), HttpClient.newHttpClient());
    }

    @Test
    void shouldPutGetHeadAndDeleteThroughSignedPathStyleRequests() throws Exception {
        byte[] pdf = Samples.pdf();

        StoredFile stored = storage.store(new ByteArrayInputStream(pdf), DEFAULT_MAX_BYTES);

        assertThat(stored.kind()).isEqualTo(FileKind.PDF);
        assertThat(stored.size()).isEqualTo(pdf.length);
        assertThat(stored.sha256()).isEqualTo(Samples.sha256(pdf));
        assertThat(server.objects).containsOnlyKeys(stored.key());
        assertThat(server.objects.get(stored.key())).isEqualTo(pdf);
        FakeS3Server.Received put = server.received.get(0);
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.method()).isEqualTo("PUT");
        assertThat(put.path()).isEqualTo("/" + BUCKET + "/" + stored.key());
        assertThat(put.headers())
                .containsEntry("content-length", String.valueOf(pdf.length))
                .containsEntry("x-amz-content-sha256", stored.sha256())
                .containsEntry("x-amz-date", "20250915T083000Z")
                .containsEntry("content-type", "application/pdf");
        assertThat(put.headers().get("authorization"))
                .startsWith("AWS4-HMAC-SHA256 Credential=coop/20250915/us-east-1/s3/aws4_request,"
                        + "SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date,Signature=");
        assertThat(Samples.entriesUnder(spool)).isEmpty();

        assertThat(storage.exists(stored.key())).isTrue();
        assertThat(FakeS3Server.readAll(storage.open(stored.key()))).isEqualTo(pdf);

        storage.delete(stored.key());

        assertThat(server.objects).isEmpty();
        assertThat(storage.exists(stored.key())).isFalse();
        assertThatThrownBy(() -> storage.open(stored.key())).isInstanceOf(DocumentNotFoundException.class);
        assertThat(server.received).extracting(FakeS3Server.Received::method)
                .containsExactly("PUT", "HEAD", "GET", "DELETE", "HEAD", "GET");
        assertThat(server.received).allSatisfy(r -> assertThat(r.status()).isNotEqualTo(403));
    }

    @Test
    void shouldListTheKeysStoredBeforeAnInstantAPageAtATime() throws Exception {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            keys.add(storage.store(new ByteArrayInputStream(Samples.pdf()), DEFAULT_MAX_BYTES).key());
        }
        Instant now = Instant.now();
        for (String old : keys.subList(0, 3)) {
            server.storedAt.put(old, now.minus(Duration.ofHours(2)));
        }
        server.objects.put("notes.txt", new byte[] {1}); // not one of ours: never listed as a key
        server.storedAt.put("notes.txt", now.minus(Duration.ofHours(2)));
        storage.listPageSize = 2;
        server.received.clear();

        List<String> listed = new ArrayList<>();
        storage.forEachKey(now.minus(Duration.ofHours(1)), listed::add);

        assertThat(listed).containsExactlyInAnyOrderElementsOf(keys.subList(0, 3));
        List<Received> lists = server.received.stream().filter(r -> r.method().equals("GET")).toList();
        assertThat(lists).extracting(Received::status).containsOnly(200); // each page signed with its query
        assertThat(lists).hasSize(3); // 6 objects, 2 a page
    }

    @Test
    void shouldAnswerStorageUnavailableWhenTheListFails() {
        server.failNextWith = 500;

        assertThatThrownBy(() -> storage.forEachKey(Instant.now(), key -> { }))
                .isInstanceOf(StorageUnavailableException.class);
    }

    @Test
    void shouldStreamALargeUploadFromTheSpoolFile() throws Exception {
        long size = 3L * 1024 * 1024 + 17;
        Samples.GeneratedStream content = new Samples.GeneratedStream(Samples.png(), size);

        StoredFile stored = storage.store(content, DEFAULT_MAX_BYTES);

        assertThat(stored.kind()).isEqualTo(FileKind.PNG);
        assertThat(stored.size()).isEqualTo(size);
        byte[] received = server.objects.get(stored.key());
        assertThat(received).hasSize((int) size);
        assertThat(stored.sha256()).isEqualTo(Samples.sha256(received));
        assertThat(Samples.entriesUnder(spool)).isEmpty();
    }

    @Test
    void shouldSendNothingForARefusedUpload() throws Exception {
        assertThatThrownBy(() -> storage.store(new ByteArrayInputStream(Samples.html()), DEFAULT_MAX_BYTES))
                .isInstanceOf(FileTypeRefusedException.class);
        assertThatThrownBy(() -> storage.store(new ByteArrayInputStream(Samples.jpeg()), 100))
                .isInstanceOf(FileTooLargeException.class);
        assertThatThrownBy(() -> storage.store(new ByteArrayInputStream(new byte[0]), DEFAULT_MAX_BYTES))
                .isInstanceOf(EmptyFileException.class);
        Samples.GeneratedStream fiftyMegabytes = new Samples.GeneratedStream(Samples.pdf(), 50L * 1024 * 1024);
        assertThatThrownBy(() -> storage.store(fiftyMegabytes, 1000)).isInstanceOf(FileTooLargeException.class);

        assertThat(fiftyMegabytes.bytesRead()).isEqualTo(1001);
        assertThat(server.received).isEmpty();
        assertThat(Samples.entriesUnder(spool)).isEmpty();
    }

    @Test
    void shouldAnswerStorageUnavailableWhenTheStoreFails() throws Exception {
        server.failNextWith = 500;

        StorageUnavailableException failure = catchThrowableOfType(StorageUnavailableException.class,
                () -> storage.store(new ByteArrayInputStream(Samples.png()), DEFAULT_MAX_BYTES));

        assertThat(failure.toProblem().status()).isEqualTo(503);
        assertThat(failure.toProblem().type()).endsWith("/storage-unavailable");
        assertThat(failure.getCause()).hasMessageContaining("500").hasMessageContaining("InternalError");
        assertThat(server.objects).isEmpty();
        assertThat(Samples.entriesUnder(spool)).isEmpty();
    }

    @Test
    void shouldAnswerStorageUnavailableWhenTheCredentialsAreWrong() throws Exception {
        S3Storage wrongSecret = storageFor(server.endpoint(), "pas-le-bon");

        StorageUnavailableException failure = catchThrowableOfType(StorageUnavailableException.class,
                () -> wrongSecret.store(new ByteArrayInputStream(Samples.pdf()), DEFAULT_MAX_BYTES));

        assertThat(failure.getCause()).hasMessageContaining("answered 403").hasMessageContaining("SignatureDoesNotMatch");
        assertThat(server.objects).isEmpty();
        assertThatThrownBy(() -> wrongSecret.exists("0123456789abcdef0123456789abcdef"))
                .isInstanceOf(StorageUnavailableException.class);
        assertThat(Samples.entriesUnder(spool)).isEmpty();
    }

    @Test
    void shouldAnswerStorageUnavailableWhenTheStoreIsUnreachable() throws Exception {
        URI endpoint = server.endpoint();
        server.close();
        S3Storage unreachable = storageFor(endpoint, SECRET_KEY);

        assertThatThrownBy(() -> unreachable.store(new ByteArrayInputStream(Samples.pdf()), DEFAULT_MAX_BYTES))
                .isInstanceOf(StorageUnavailableException.class);
        assertThatThrownBy(() -> unreachable.open("0123456789abcdef0123456789abcdef"))
                .isInstanceOf(StorageUnavailableException.class);
        assertThat(Samples.entriesUnder(spool)).isEmpty();
    }

    @Test
    void shouldTellAMissingBucketFromAMissingFile() throws Exception {
        S3Storage otherBucket = new S3Storage(server.endpoint(), "us-east-1", "no-such-bucket", ACCESS_KEY, SECRET_KEY,
                spool, Clock.fixed(NOW, ZoneOffset.UTC), HttpClient.newHttpClient());

        assertThatThrownBy(() -> otherBucket.open("0123456789abcdef0123456789abcdef"))
                .isInstanceOf(StorageUnavailableException.class);
        assertThatThrownBy(() -> storage.open("0123456789abcdef0123456789abcdef"))
                .isInstanceOf(DocumentNotFoundException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../other-bucket/0123456789abcdef0123456789abcdef", "..", "", "a?acl",
            "0123456789ABCDEF0123456789ABCDEF", "0123456789abcdef0123456789abcdef/../x"})
    void shouldNeverSendAMalformedKey(String key) throws Exception {
        assertThatThrownBy(() -> storage.open(key)).isInstanceOf(DocumentNotFoundException.class);
        assertThatThrownBy(() -> storage.delete(key)).isInstanceOf(DocumentNotFoundException.class);
        assertThat(storage.exists(key)).isFalse();
        assertThat(server.received).isEmpty();
    }

    @Test
    void shouldRefuseAMalformedConfiguration() {
        assertThatThrownBy(() -> new S3Storage(URI.create("storage:9000"), "us-east-1", BUCKET, "a", "b", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new S3Storage(URI.create("http://storage:9000"), "us-east-1", "Coop_Documents", "a", "b", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
