package org.coopenligne.documents.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Files in a local directory (default {@code ${coop.data-dir}/uploads}, outside the web root):
 * {@code <directory>/<first two digits of the key>/<key>}, so that no directory grows beyond a few
 * thousand entries. An upload is written to {@code <directory>/.upload-*.part} (owner-only permissions),
 * forced to disk, then renamed atomically into place; see {@link DocumentStorage} for the guarantees.
 */
public class FileSystemStorage implements DocumentStorage {

    private static final Logger LOG = Logger.getLogger(FileSystemStorage.class);
    static final String TEMP_PREFIX = ".upload-";
    static final String TEMP_SUFFIX = ".part";

    private final Path root;

    public FileSystemStorage(Path directory) {
        this.root = directory.toAbsolutePath().normalize();
    }

    public Path directory() {
        return root;
    }

    @Override
    public StoredFile store(InputStream content, long maxBytes) throws IOException {
        Files.createDirectories(root);
        Path temp = Files.createTempFile(root, TEMP_PREFIX, TEMP_SUFFIX);
        try {
            CheckedCopy.Result result;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                result = CheckedCopy.copy(content, out, maxBytes);
                channel.force(true);
            }
            String key = StorageKeys.newKey();
            Path target = pathOf(key);
            Files.createDirectories(target.getParent());
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return new StoredFile(key, result.size(), result.sha256(), result.kind());
        } finally {
            deleteQuietly(temp);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return Files.newInputStream(pathOf(StorageKeys.require(key)));
        } catch (NoSuchFileException e) {
            throw new DocumentNotFoundException();
        }
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(pathOf(StorageKeys.require(key)));
    }

    @Override
    public boolean exists(String key) {
        return StorageKeys.isWellFormed(key) && Files.isRegularFile(pathOf(key));
    }

    @Override
    public void forEachKey(Instant storedBefore, Consumer<String> visitor) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (DirectoryStream<Path> shards = Files.newDirectoryStream(root, "[0-9a-f][0-9a-f]")) {
            for (Path shard : shards) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(shard)) {
                    for (Path file : files) {
                        String key = file.getFileName().toString();
                        if (StorageKeys.isWellFormed(key) && key.startsWith(shard.getFileName().toString())
                                && Files.getLastModifiedTime(file).toInstant().isBefore(storedBefore)) {
                            visitor.accept(key);
                        }
                    }
                }
            }
        }
    }

    /**
     * Removes the temporary files of uploads interrupted by a crash (a running upload's file is younger).
     * Called once at start-up.
     */
    public void purgeAbandonedUploads(Duration olderThan) {
        if (!Files.isDirectory(root)) {
            return;
        }
        Instant limit = Instant.now().minus(olderThan);
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(root, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            for (Path part : parts) {
                if (Files.getLastModifiedTime(part).toInstant().isBefore(limit)) {
                    Files.deleteIfExists(part);
                    LOG.infof("Removed the abandoned upload %s", part.getFileName());
                }
            }
        } catch (IOException e) {
            LOG.warnf(e, "Could not look for abandoned uploads in %s", root);
        }
    }

    /** Only ever called with a well-formed key; the check on the result is a second lock on the same door. */
    private Path pathOf(String key) {
        Path path = root.resolve(key.substring(0, 2)).resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new DocumentNotFoundException();
        }
        return path;
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.warnf(e, "Could not delete the temporary upload %s", temp);
        }
    }
}
