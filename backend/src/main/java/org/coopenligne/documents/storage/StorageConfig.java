package org.coopenligne.documents.storage;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where uploads go and how large they may be ({@code coop.storage.*}, from the {@code COOP_STORAGE_*}
 * environment variables, see application.properties).
 */
@ConfigMapping(prefix = "coop.storage")
public interface StorageConfig {

    enum Kind { FILESYSTEM, S3 }

    /** {@code filesystem} (make run, tests) or {@code s3} (production, MinIO). */
    @WithDefault("filesystem")
    Kind kind();

    /** The directory of the file-system storage, outside the web root: {@code ${coop.data-dir}/uploads}. */
    Path directory();

    /**
     * The largest accepted upload, e.g. {@code 10M} (binary units: 10 × 1024 × 1024 bytes). Pass
     * {@code maxUploadSize().asLongValue()} to {@link DocumentStorage#store}.
     */
    @WithDefault("10M")
    MemorySize maxUploadSize();

    S3 s3();

    /** The sweep of stored files left without their document row ({@code OrphanSweeper}). */
    OrphanSweep orphanSweep();

    interface OrphanSweep {

        /** Whether each replica sweeps by itself; off in the tests, which sweep when they choose. */
        @WithDefault("true")
        boolean enabled();

        /** How often each replica sweeps (its first sweep at a random moment of the first interval). */
        @WithDefault("PT6H")
        java.time.Duration interval();

        /** Files younger than this are left alone: they may belong to an upload whose transaction is still running. */
        @WithDefault("PT1H")
        java.time.Duration grace();
    }

    interface S3 {

        /** e.g. {@code http://storage:9000}; objects are addressed path-style, endpoint/bucket/key. */
        Optional<URI> endpoint();

        @WithDefault("us-east-1")
        String region();

        Optional<String> bucket();

        Optional<String> accessKey();

        Optional<String> secretKey();
    }
}
