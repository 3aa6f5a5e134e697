package org.coopenligne.documents.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.coopenligne.common.error.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileSystemStorageTest {

    private static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    @TempDir
    Path tempDir;

    private Path root;
    private FileSystemStorage storage;

    @BeforeEach
    void setUp() {
        root = tempDir.resolve("uploads");
        storage = new FileSystemStorage(root);
    }

    static Stream<Arguments> acceptedFiles() {
        return Stream.of(
                Arguments.of(Samples.pdf(), FileKind.PDF),
                Arguments.of(Samples.jpeg(), FileKind.JPEG),
                Arguments.of(Samples.png(), FileKind.PNG));
    }

    @ParameterizedTest
    @MethodSource("acceptedFiles")
    void shouldStoreEachAcceptedKindAndGiveItBack(byte[] content, FileKind kind) throws Exception {
        StoredFile stored = storage.store(new ByteArrayInputStream(content), DEFAULT_MAX_BYTES);

        assertThat(stored.kind()).isEqualTo(kind);
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256()).isEqualTo(Samples.sha256(content)).matches("[0-9a-f]{64}");
        assertThat(stored.key()).matches("[0-9a-f]{32}");
        assertThat(storage.exists(stored.key())).isTrue();
        try (InputStream in = storage.open(stored.key())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(Samples.filesUnder(root))
                .containsExactly(root.resolve(stored.key().substring(0, 2)).resolve(stored.key()));
    }

    @Test
    void shouldReadTheKindAcrossSmallReads() throws Exception {
        byte[] png = Samples.png();

        StoredFile stored = storage.store(Samples.trickling(png), DEFAULT_MAX_BYTES);

        assertThat(stored.kind()).isEqualTo(FileKind.PNG);
        assertThat(stored.sha256()).isEqualTo(Samples.sha256(png));
    }

    @Test
    void shouldComputeTheSha256OfTheBytesReceived() throws Exception {
        byte[] content = new byte[300_000]; // several buffers
        System.arraycopy(Samples.pdf(), 0, content, 0, Samples.pdf().length);
        for (int i = Samples.pdf().length; i < content.length; i++) {
            content[i] = (byte) (i * 7);
        }

        StoredFile stored = storage.store(new ByteArrayInputStream(content), DEFAULT_MAX_BYTES);

        assertThat(stored.sha256()).isEqualTo(Samples.sha256(content));
        assertThat(stored.size()).isEqualTo(300_000);
    }

    static Stream<Arguments> refusedContents() {
        return Stream.of(
                Arguments.of("an HTML page named engagement.pdf", Samples.html()),
                Arguments.of("a text file named engagement.pdf", Samples.textNamedPdf()),
                Arguments.of("a Windows executable", Samples.windowsExecutable()),
                Arguments.of("an ELF executable", Samples.elf()),
                Arguments.of("a zip", Samples.zip()),
                Arguments.of("a PDF signature cut short", "%PDF".getBytes(StandardCharsets.US_ASCII)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedContents")
    void shouldRefuseWhatIsNeitherPdfNorJpegNorPng(String what, byte[] content) throws Exception {
        FileTypeRefusedException refusal = catchThrowableOfType(FileTypeRefusedException.class,
                () -> storage.store(new ByteArrayInputStream(content), DEFAULT_MAX_BYTES));

        Problem problem = refusal.toProblem();
        assertThat(problem.status()).isEqualTo(415);
        assertThat(problem.type()).isEqualTo("https://coop-en-ligne.fr/problems/file-type-refused");
        assertThat(problem.detail()).isEqualTo("Ce fichier n'est ni un PDF, ni une image JPEG ou PNG : "
                + "envoyez le scan ou la photo du document signé.");
        assertThat(problem.violations()).extracting(Problem.Violation::field).containsExactly("file");
        assertThat(Samples.entriesUnder(root)).isEmpty();
    }

    @Test
    void shouldRefuseAnEmptyFile() throws Exception {
        EmptyFileException refusal = catchThrowableOfType(EmptyFileException.class,
                () -> storage.store(InputStream.nullInputStream(), DEFAULT_MAX_BYTES));

        Problem problem = refusal.toProblem();
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).endsWith("/file-empty");
        assertThat(problem.violations()).extracting(Problem.Violation::field).containsExactly("file");
        assertThat(Samples.entriesUnder(root)).isEmpty();
    }

    @Test
    void shouldAcceptExactlyTheLimitAndRefuseOneByteMore() throws Exception {
        byte[] pdf = Samples.pdf();

        StoredFile stored = storage.store(new ByteArrayInputStream(pdf), pdf.length);
        assertThat(stored.size()).isEqualTo(pdf.length);
        storage.delete(stored.key());
        Files.delete(root.resolve(stored.key().substring(0, 2)));

        FileTooLargeException refusal = catchThrowableOfType(FileTooLargeException.class,
                () -> storage.store(new ByteArrayInputStream(pdf), pdf.length - 1));
        assertThat(refusal.toProblem().status()).isEqualTo(413);
        assertThat(Samples.entriesUnder(root)).isEmpty();
    }

    @Test
    void shouldSayTheLimitInFrench() {
        Problem problem = new FileTooLargeException(DEFAULT_MAX_BYTES).toProblem();

        assertThat(problem.type()).isEqualTo("https://coop-en-ligne.fr/problems/file-too-large");
        assertThat(problem.detail()).isEqualTo("Le fichier dépasse la taille autorisée (10 Mo au plus).");
        assertThat(problem.violations()).containsExactly(new Problem.Violation("file", problem.detail()));
        assertThat(FileTooLargeException.frenchSize(3L * 1024 * 1024 / 2)).isEqualTo("1,5 Mo");
        assertThat(FileTooLargeException.frenchSize(DEFAULT_MAX_BYTES + 1)).isEqualTo("10 Mo");
        assertThat(FileTooLargeException.frenchSize(500 * 1024)).isEqualTo("500 Ko");
        assertThat(FileTooLargeException.frenchSize(800)).isEqualTo("800 octets");
    }

    @Test
    void shouldStopReadingAHugeStreamJustPastTheLimit() throws Exception {
        long maxBytes = 100_000;
        Samples.GeneratedStream fiftyMegabytes = new Samples.GeneratedStream(Samples.pdf(), 50L * 1024 * 1024);

        assertThatThrownBy(() -> storage.store(fiftyMegabytes, maxBytes)).isInstanceOf(FileTooLargeException.class);

        assertThat(fiftyMegabytes.bytesRead()).isEqualTo(maxBytes + 1);
        assertThat(Samples.entriesUnder(root)).isEmpty();
    }

    @Test
    void shouldStopReadingAtTheFirstBufferWhenTheKindIsWrong() throws Exception {
        Samples.GeneratedStream fiftyMegabytes = new Samples.GeneratedStream(Samples.windowsExecutable(), 50L * 1024 * 1024);

        assertThatThrownBy(() -> storage.store(fiftyMegabytes, DEFAULT_MAX_BYTES))
                .isInstanceOf(FileTypeRefusedException.class);

        assertThat(fiftyMegabytes.bytesRead()).isLessThanOrEqualTo(CheckedCopy.BUFFER_SIZE);
        assertThat(Samples.entriesUnder(root)).isEmpty();
    }

    @Test
    void shouldLeaveNothingWhenTheSenderGoesAway() throws Exception {
        assertThatThrownBy(() -> storage.store(Samples.failingAfter(Samples.pdf()), DEFAULT_MAX_BYTES))
                .isInstanceOf(IOException.class);

        assertThat(Samples.entriesUnder(root)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "../outside.txt", "../../etc/passwd", "..", ".", "", "/etc/passwd", "ab/../../outside.txt",
            "..%2Foutside.txt", "..\\outside.txt", "0123456789ABCDEF0123456789ABCDEF",
            "0123456789abcdef0123456789abcde", "0123456789abcdef0123456789abcdef0", "0123456789abcdef0123456789abc/..",
            "0123456789abcdef0123456789abcde\u0000", "0123456789abcdef0123456789abcde\n"})
    void shouldNeverLookUpAMalformedKey(String key) throws Exception {
        Path outside = Files.writeString(tempDir.resolve("outside.txt"), "not yours");
        storage.store(new ByteArrayInputStream(Samples.pdf()), DEFAULT_MAX_BYTES);

        assertThatThrownBy(() -> storage.open(key)).isInstanceOf(DocumentNotFoundException.class);
        assertThatThrownBy(() -> storage.delete(key)).isInstanceOf(DocumentNotFoundException.class);
        assertThat(storage.exists(key)).isFalse();
        assertThat(outside).hasContent("not yours");
        assertThat(Samples.filesUnder(root)).hasSize(1);
    }

    @Test
    void shouldRefuseANullKey() throws Exception {
        assertThatThrownBy(() -> storage.open(null)).isInstanceOf(DocumentNotFoundException.class);
        assertThatThrownBy(() -> storage.delete(null)).isInstanceOf(DocumentNotFoundException.class);
        assertThat(storage.exists(null)).isFalse();
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownKeyAndDeleteIdempotently() throws Exception {
        StoredFile stored = storage.store(new ByteArrayInputStream(Samples.jpeg()), DEFAULT_MAX_BYTES);

        storage.delete(stored.key());
        storage.delete(stored.key());

        assertThat(storage.exists(stored.key())).isFalse();
        DocumentNotFoundException notFound = catchThrowableOfType(DocumentNotFoundException.class,
                () -> storage.open(stored.key()));
        assertThat(notFound.toProblem().status()).isEqualTo(404);
        assertThat(Samples.filesUnder(root)).isEmpty();
    }

    @Test
    void shouldGiveEveryUploadItsOwnRandomKey() throws Exception {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            keys.add(storage.store(new ByteArrayInputStream(Samples.png()), DEFAULT_MAX_BYTES).key());
        }

        assertThat(keys).hasSize(50).allMatch(k -> k.matches("[0-9a-f]{32}"));
        assertThat(Samples.filesUnder(root)).hasSize(50);
    }

    @Test
    void shouldRemoveOnlyOldAbandonedUploads() throws Exception {
        Files.createDirectories(root);
        Path old = Files.write(root.resolve(".upload-old.part"), new byte[] {1});
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(1))));
        Path running = Files.write(root.resolve(".upload-running.part"), new byte[] {1});
        StoredFile stored = storage.store(new ByteArrayInputStream(Samples.pdf()), DEFAULT_MAX_BYTES);

        storage.purgeAbandonedUploads(Duration.ofHours(1));

        assertThat(old).doesNotExist();
        assertThat(running).exists();
        assertThat(storage.exists(stored.key())).isTrue();
    }

    @Test
    void shouldKeepEachFileReadableByItsOwnerOnly() throws Exception {
        StoredFile stored = storage.store(new ByteArrayInputStream(Samples.pdf()), DEFAULT_MAX_BYTES);
        Path file = root.resolve(stored.key().substring(0, 2)).resolve(stored.key());

        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(Arrays.toString(Files.getPosixFilePermissions(file).toArray())).doesNotContain("OTHERS", "GROUP");
        }
    }

    @Test
    void shouldListTheKeysStoredBeforeAnInstantAndNothingElse() throws Exception {
        String old = storage.store(new ByteArrayInputStream(Samples.pdf()), 1024 * 1024).key();
        String young = storage.store(new ByteArrayInputStream(Samples.png()), 1024 * 1024).key();
        Instant now = Instant.now();
        Files.setLastModifiedTime(root.resolve(old.substring(0, 2)).resolve(old), FileTime.from(now.minus(Duration.ofHours(2))));
        Path stray = root.resolve(old.substring(0, 2)).resolve("notes.txt"); // not a key
        Files.writeString(stray, "x");
        Files.setLastModifiedTime(stray, FileTime.from(now.minus(Duration.ofHours(2))));
        Path upload = Files.createTempFile(root, FileSystemStorage.TEMP_PREFIX, FileSystemStorage.TEMP_SUFFIX); // in progress
        Files.setLastModifiedTime(upload, FileTime.from(now.minus(Duration.ofHours(2))));

        Set<String> listed = new HashSet<>();
        storage.forEachKey(now.minus(Duration.ofHours(1)), listed::add);
        Set<String> all = new HashSet<>();
        storage.forEachKey(now.plusSeconds(60), all::add);

        assertThat(listed).containsExactly(old);
        assertThat(all).containsExactlyInAnyOrder(old, young);
    }

    @Test
    void shouldListNothingInAStorageNeverWritten() throws Exception {
        Set<String> listed = new HashSet<>();
        new FileSystemStorage(root.resolve("jamais")).forEachKey(Instant.now(), listed::add);
        assertThat(listed).isEmpty();
    }
}
