package org.coopenligne.documents.storage;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Real minimal files of each kind, impostors, and streams that count what was read from them. */
final class Samples {

    private Samples() {}

    /** A complete one-page PDF 1.4 with a correct cross-reference table. */
    static byte[] pdf() {
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.length; i++) {
            offsets.add(pdf.length()); // one char = one byte in ISO-8859-1
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] jpeg() {
        return image("jpeg");
    }

    static byte[] png() {
        return image("png");
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 2, 0x3366cc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] html() {
        return ("<!DOCTYPE html>\n<html><head><title>engagement.pdf</title></head>"
                + "<body><script>alert(1)</script></body></html>\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A Windows executable's start: the DOS header ("MZ") and its stub. */
    static byte[] windowsExecutable() {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 0x4E, stub.length);
        return exe;
    }

    /** An ELF executable's start: 0x7F 'E' 'L' 'F', 64-bit, little-endian. */
    static byte[] elf() {
        byte[] elf = new byte[128];
        elf[0] = 0x7F;
        elf[1] = 'E';
        elf[2] = 'L';
        elf[3] = 'F';
        elf[4] = 2;
        elf[5] = 1;
        elf[6] = 1;
        return elf;
    }

    /** A zip holding a PDF: still a zip. */
    static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("engagement.pdf"));
            zip.write(pdf());
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A text file that someone named engagement.pdf. */
    static byte[] textNamedPdf() {
        return "Engagement du mandataire : lu et approuvé.\n".getBytes(StandardCharsets.UTF_8);
    }

    /** {@code prefix} then {@code filler} bytes, up to {@code length}; never held in memory; counts what it gave. */
    static final class GeneratedStream extends InputStream {

        private final byte[] prefix;
        private final long length;
        private long position;

        GeneratedStream(byte[] prefix, long length) {
            this.prefix = prefix;
            this.length = length;
        }

        long bytesRead() {
            return position;
        }

        @Override
        public int read() {
            if (position >= length) {
                return -1;
            }
            int b = position < prefix.length ? prefix[(int) position] & 0xFF : (int) (position * 31 % 251);
            position++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (position >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - position);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) read();
            }
            return n;
        }
    }

    /** Gives one byte per read, as a slow network might. */
    static InputStream trickling(byte[] content) {
        return new InputStream() {
            private int position;

            @Override
            public int read() {
                return position < content.length ? content[position++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                int c = read();
                if (c < 0) {
                    return -1;
                }
                b[off] = (byte) c;
                return 1;
            }
        };
    }

    /** Gives {@code content}, then fails as a dropped connection does. */
    static InputStream failingAfter(byte[] content) {
        return new InputStream() {
            private int position;

            @Override
            public int read() throws IOException {
                if (position < content.length) {
                    return content[position++] & 0xFF;
                }
                throw new IOException("Connection reset by peer");
            }
        };
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Every file (not directory) under {@code root}. */
    static List<Path> filesUnder(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    /** Every file and directory under {@code root}, {@code root} excepted. */
    static List<Path> entriesUnder(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root)).toList();
        }
    }
}
