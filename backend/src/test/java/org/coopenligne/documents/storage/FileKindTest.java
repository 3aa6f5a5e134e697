package org.coopenligne.documents.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileKindTest {

    @Test
    void shouldRecogniseRealFilesByTheirFirstBytes() {
        assertThat(FileKind.detect(Samples.pdf())).contains(FileKind.PDF);
        assertThat(FileKind.detect(Samples.jpeg())).contains(FileKind.JPEG);
        assertThat(FileKind.detect(Samples.png())).contains(FileKind.PNG);
    }

    @Test
    void shouldRefuseEverythingElse() {
        assertThat(FileKind.detect(Samples.html())).isEmpty();
        assertThat(FileKind.detect(Samples.textNamedPdf())).isEmpty();
        assertThat(FileKind.detect(Samples.windowsExecutable())).isEmpty();
        assertThat(FileKind.detect(Samples.elf())).isEmpty();
        assertThat(FileKind.detect(Samples.zip())).isEmpty();
        assertThat(FileKind.detect(new byte[0])).isEmpty();
    }

    @Test
    void shouldWantTheSignatureAtOffsetZeroAndWhole() {
        assertThat(FileKind.detect(" %PDF-1.4".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileKind.detect("\uFEFF%PDF-1.4".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FileKind.detect("%PDF".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileKind.detect(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
        assertThat(FileKind.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A})).isEmpty();
        assertThat(FileKind.detect("%PDF-".getBytes(StandardCharsets.US_ASCII))).contains(FileKind.PDF);
    }

    @Test
    void shouldGiveTheMediaTypeToServeWith() {
        assertThat(FileKind.PDF.mediaType()).isEqualTo("application/pdf");
        assertThat(FileKind.PDF.extension()).isEqualTo(".pdf");
        assertThat(FileKind.JPEG.mediaType()).isEqualTo("image/jpeg");
        assertThat(FileKind.PNG.mediaType()).isEqualTo("image/png");
    }
}
