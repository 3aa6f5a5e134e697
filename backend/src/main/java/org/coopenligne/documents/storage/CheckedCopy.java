package org.coopenligne.documents.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one copy loop both storages use: streams an upload into a local output through a fixed buffer,
 * computing its SHA-256 and counting its bytes on the way, and refuses it as early as it can.
 * <ul>
 *   <li>The kind is decided as soon as the first {@value FileKind#SIGNATURE_LENGTH} bytes are in (or at
 *       the end of a shorter file): an executable is refused after its first read, not after 10 MB.</li>
 *   <li>Never more than {@code maxBytes + 1} bytes are read from the input: the read that would go past
 *       the limit asks for one byte beyond it, and that byte is the proof of excess.</li>
 * </ul>
 * The caller owns both streams and deletes the output when an exception comes out.
 */
final class CheckedCopy {

    static final int BUFFER_SIZE = 64 * 1024;

    record Result(long size, String sha256, FileKind kind) {}

    private CheckedCopy() {}

    static Result copy(InputStream in, OutputStream out, long maxBytes) throws IOException {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[BUFFER_SIZE];
        byte[] head = new byte[FileKind.SIGNATURE_LENGTH];
        int headLength = 0;
        FileKind kind = null;
        long size = 0;
        while (true) {
            // size <= maxBytes here, so this asks for at least one byte and never beyond maxBytes + 1
            int wanted = (int) Math.min(buffer.length, maxBytes + 1 - size);
            int n = in.read(buffer, 0, wanted);
            if (n < 0) {
                break;
            }
            size += n;
            if (kind == null && headLength < head.length) {
                int taken = Math.min(n, head.length - headLength);
                System.arraycopy(buffer, 0, head, headLength, taken);
                headLength += taken;
                if (headLength == head.length) {
                    kind = FileKind.detect(head, headLength).orElseThrow(FileTypeRefusedException::new);
                }
            }
            if (size > maxBytes) {
                throw new FileTooLargeException(maxBytes);
            }
            sha256.update(buffer, 0, n);
            out.write(buffer, 0, n);
        }
        if (size == 0) {
            throw new EmptyFileException();
        }
        if (kind == null) {
            kind = FileKind.detect(head, headLength).orElseThrow(FileTypeRefusedException::new);
        }
        out.flush();
        return new Result(size, HexFormat.of().formatHex(sha256.digest()), kind);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
