package org.coopenligne.documents.storage;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Where uploaded documents (signed engagements, change-of-mandataire papers, quitus, bank statements,
 * ID copies, proofs of address) are kept: a local directory ({@link FileSystemStorage}, for {@code make run}
 * and the tests) or an S3-compatible bucket ({@link S3Storage}, MinIO in production), chosen by
 * {@code coop.storage.kind}. Inject it as {@code DocumentStorage}; {@link StorageConfig#maxUploadSize()}
 * gives the configured limit to pass to {@link #store}.
 *
 * <h2>How an upload streams</h2>
 * {@link #store} reads the content through one fixed 64 KiB buffer, never holding the file in memory, and
 * writes it to a private temporary file on the local disk while it
 * <ul>
 *   <li>computes the SHA-256 of the bytes,</li>
 *   <li>counts them, and stops reading as soon as more than {@code maxBytes} arrived (it never reads more
 *       than {@code maxBytes + 1} bytes, whatever the sender still has to send),</li>
 *   <li>decides the {@link FileKind} from the first 8 bytes, the content's magic number, and stops at once
 *       if they are not those of a PDF, a JPEG or a PNG. The file name and the declared type play no part.</li>
 * </ul>
 * Only when the whole content has been read and accepted does the file get its key and become visible:
 * the file-system storage moves the temporary file into place atomically; the S3 storage then sends it
 * with a {@code PUT} whose length and SHA-256 are known in advance (the store checks them), and deletes it.
 *
 * <h2>Guarantees</h2>
 * <ul>
 *   <li>A refused upload ({@link EmptyFileException} 400, {@link FileTooLargeException} 413,
 *       {@link FileTypeRefusedException} 415) or a failed one (the sender went away, the disk or the object
 *       store failed) leaves nothing behind: no temporary file, no object. Refusals are
 *       {@link org.coopenligne.common.error.ProblemException}s with a French {@code detail} and a violation
 *       on the field {@code file}: let them out of the resource, they become problem+json answers.</li>
 *   <li>A key returned by {@link #store} names a complete file whose bytes have the returned size and
 *       SHA-256; no reader ever sees a half-written file under a key.</li>
 *   <li>Keys are 128 random bits (32 lowercase hexadecimal digits) chosen by the storage, never derived
 *       from what the sender sent; files are never overwritten. A malformed key (say {@code ../x}) is never
 *       looked up: {@link #open} and {@link #delete} answer {@link DocumentNotFoundException}, {@link #exists}
 *       answers false.</li>
 *   <li>Files live outside the web root and are reachable only through this interface; checking who may
 *       read which file is the caller's job (the cooperative and its department's staff, see SPEC.md).</li>
 * </ul>
 * {@code store} does not close the stream it is given; {@code open} returns a stream the caller must close.
 * Implementations are thread-safe.
 */
public interface DocumentStorage {

    /**
     * Streams {@code content} into the storage under a new random key, checking it on the way (see above).
     *
     * @param maxBytes the largest accepted size in bytes, at least 1
     * @return the key, size, SHA-256 and kind of the stored file
     * @throws EmptyFileException if the content is empty (400)
     * @throws FileTooLargeException if more than {@code maxBytes} bytes arrived (413)
     * @throws FileTypeRefusedException if the content is not a PDF, a JPEG or a PNG (415)
     * @throws StorageUnavailableException if the object store refused or failed the write (503)
     * @throws IOException if reading the content or writing the local disk failed
     */
    StoredFile store(InputStream content, long maxBytes) throws IOException;

    /**
     * The content stored under {@code key}, streamed (never read whole in memory). Close it.
     *
     * @throws DocumentNotFoundException if no file has that key, or the key is malformed (404)
     * @throws StorageUnavailableException if the object store failed (503)
     */
    InputStream open(String key) throws IOException;

    /**
     * Removes the file stored under {@code key}; removing a file that is not there (any more) does nothing.
     *
     * @throws DocumentNotFoundException if the key is malformed (404)
     * @throws StorageUnavailableException if the object store failed (503)
     */
    void delete(String key) throws IOException;

    /**
     * Whether a file is stored under {@code key}; false for a malformed key.
     *
     * @throws StorageUnavailableException if the object store failed (503)
     */
    boolean exists(String key) throws IOException;

    /**
     * Calls {@code visitor} with the key of every file stored before {@code storedBefore}, in no particular order,
     * listing the storage a page at a time (never all its keys in memory): the sweep of files left without their
     * document row ({@link org.coopenligne.documents.OrphanSweeper}) reads it. Temporary upload files are not keys.
     *
     * @throws StorageUnavailableException if the object store failed (503)
     */
    void forEachKey(Instant storedBefore, Consumer<String> visitor) throws IOException;
}
