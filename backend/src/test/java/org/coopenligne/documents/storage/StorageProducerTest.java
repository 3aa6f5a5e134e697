package org.coopenligne.documents.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.configuration.MemorySize;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageProducerTest {

    @TempDir
    Path tempDir;

    @Test
    void shouldUseTheDirectoryByDefault() {
        DocumentStorage storage = StorageProducer.create(config(StorageConfig.Kind.FILESYSTEM, Optional.empty()));

        assertThat(storage).isInstanceOf(FileSystemStorage.class);
        assertThat(((FileSystemStorage) storage).directory()).isEqualTo(tempDir.resolve("uploads"));
    }

    @Test
    void shouldUseTheBucketWhenAskedTo() {
        DocumentStorage storage = StorageProducer.create(config(StorageConfig.Kind.S3,
                Optional.of(URI.create("http://storage:9000"))));

        assertThat(storage).isInstanceOf(S3Storage.class);
    }

    @Test
    void shouldNameTheMissingSettings() {
        assertThatThrownBy(() -> StorageProducer.create(config(StorageConfig.Kind.S3, Optional.empty())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("COOP_STORAGE_S3_ENDPOINT")
                .hasMessageNotContaining("COOP_STORAGE_S3_BUCKET");
    }

    private StorageConfig config(StorageConfig.Kind kind, Optional<URI> endpoint) {
        return new StorageConfig() {
            @Override
            public Kind kind() {
                return kind;
            }

            @Override
            public Path directory() {
                return tempDir.resolve("uploads");
            }

            @Override
            public MemorySize maxUploadSize() {
                return new MemorySize(BigInteger.valueOf(10L * 1024 * 1024));
            }

            @Override
            public OrphanSweep orphanSweep() {
                throw new UnsupportedOperationException("not read when making the storage");
            }

            @Override
            public S3 s3() {
                return new S3() {
                    @Override
                    public Optional<URI> endpoint() {
                        return endpoint;
                    }

                    @Override
                    public String region() {
                        return "us-east-1";
                    }

                    @Override
                    public Optional<String> bucket() {
                        return Optional.of("coop-documents");
                    }

                    @Override
                    public Optional<String> accessKey() {
                        return Optional.of("coop");
                    }

                    @Override
                    public Optional<String> secretKey() {
                        return Optional.of("secret");
                    }
                };
            }
        };
    }
}
