package org.coopenligne.documents.storage;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file an upload may be, recognised from their first bytes (their "magic number") only:
 * never from the file name nor from the type the browser declares, which the sender controls.
 */
public enum FileKind {

    PDF("application/pdf", ".pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", ".jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", ".png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    /** How many leading bytes {@link #detect} needs to decide (the longest signature, PNG's). */
    public static final int SIGNATURE_LENGTH = 8;

    private final String mediaType;
    private final String extension;
    private final byte[] signature;

    FileKind(String mediaType, String extension, byte[] signature) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.signature = signature;
    }

    /** The media type to serve the file with, e.g. {@code application/pdf}. */
    public String mediaType() {
        return mediaType;
    }

    /** The file name extension to offer on download, e.g. {@code .pdf}. */
    public String extension() {
        return extension;
    }

    /**
     * The kind whose signature starts {@code head[0..length)}, if any. A file shorter than a
     * signature is not of that kind; an empty file is of no kind.
     */
    public static Optional<FileKind> detect(byte[] head, int length) {
        for (FileKind kind : values()) {
            int n = kind.signature.length;
            if (length >= n && Arrays.equals(head, 0, n, kind.signature, 0, n)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The kind of a whole content held in memory (tests, generated documents). */
    public static Optional<FileKind> detect(byte[] content) {
        return detect(content, content.length);
    }
}
