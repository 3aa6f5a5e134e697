package org.coopenligne.documents.storage;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Makes the one {@link DocumentStorage} of the application from {@link StorageConfig}, at start-up, so that
 * a production instance with an incomplete S3 configuration refuses to start instead of failing its first upload.
 */
public class StorageProducer {

    private static final Logger LOG = Logger.getLogger(StorageProducer.class);

    @Produces
    @Startup
    @ApplicationScoped
    DocumentStorage documentStorage(StorageConfig config) {
        return create(config);
    }

    static DocumentStorage create(StorageConfig config) {
        switch (config.kind()) {
            case S3 -> {
                StorageConfig.S3 s3 = config.s3();
                List<String> missing = new ArrayList<>();
                if (s3.endpoint().isEmpty()) missing.add("COOP_STORAGE_S3_ENDPOINT (coop.storage.s3.endpoint)");
                if (s3.bucket().isEmpty()) missing.add("COOP_STORAGE_S3_BUCKET (coop.storage.s3.bucket)");
                if (s3.accessKey().isEmpty()) missing.add("COOP_STORAGE_S3_ACCESS_KEY (coop.storage.s3.access-key)");
                if (s3.secretKey().isEmpty()) missing.add("COOP_STORAGE_S3_SECRET_KEY (coop.storage.s3.secret-key)");
                if (!missing.isEmpty()) {
                    throw new IllegalStateException("coop.storage.kind=s3 but these settings are missing: "
                            + String.join(", ", missing));
                }
                LOG.infof("Uploaded documents go to the bucket %s at %s", s3.bucket().get(), s3.endpoint().get());
                return new S3Storage(s3.endpoint().get(), s3.region(), s3.bucket().get(), s3.accessKey().get(),
                        s3.secretKey().get(), null);
            }
            default -> {
                FileSystemStorage storage = new FileSystemStorage(config.directory());
                storage.purgeAbandonedUploads(Duration.ofHours(1));
                LOG.infof("Uploaded documents go to the directory %s", storage.directory());
                return storage;
            }
        }
    }
}
