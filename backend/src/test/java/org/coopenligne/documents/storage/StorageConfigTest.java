package org.coopenligne.documents.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The storage section of the real application.properties, read as Quarkus reads it, without starting Quarkus. */
class StorageConfigTest {

    @Test
    void shouldDefaultToTheDataDirectoryAndTenMegabytes() throws Exception {
        StorageConfig config = load(null, Map.of());

        assertThat(config.kind()).isEqualTo(StorageConfig.Kind.FILESYSTEM);
        assertThat(config.directory()).isEqualTo(Path.of("data/uploads"));
        assertThat(config.maxUploadSize().asLongValue()).isEqualTo(10L * 1024 * 1024);
        assertThat(config.s3().endpoint()).isEmpty();
        assertThat(config.s3().region()).isEqualTo("us-east-1");
    }

    @Test
    void shouldKeepTestUploadsUnderTarget() throws Exception {
        assertThat(load("test", Map.of()).directory()).isEqualTo(Path.of("target/test-uploads"));
        assertThat(load("pg", Map.of()).directory()).isEqualTo(Path.of("target/test-uploads-pg"));
    }

    @Test
    void shouldReadTheEnvironment() throws Exception {
        StorageConfig config = load(null, Map.of(
                "COOP_STORAGE_KIND", "s3",
                "COOP_STORAGE_MAX_UPLOAD_SIZE", "5M",
                "COOP_STORAGE_S3_ENDPOINT", "http://storage:9000",
                "COOP_STORAGE_S3_BUCKET", "coop-documents",
                "COOP_STORAGE_S3_ACCESS_KEY", "coop",
                "COOP_STORAGE_S3_SECRET_KEY", "secret",
                "COOP_DATA_DIR", "/var/lib/coop"));

        assertThat(config.kind()).isEqualTo(StorageConfig.Kind.S3);
        assertThat(config.maxUploadSize().asLongValue()).isEqualTo(5L * 1024 * 1024);
        assertThat(config.s3().endpoint()).contains(URI.create("http://storage:9000"));
        assertThat(config.s3().bucket()).contains("coop-documents");
        assertThat(config.s3().accessKey()).contains("coop");
        assertThat(config.s3().secretKey()).contains("secret");
        assertThat(config.directory()).isEqualTo(Path.of("/var/lib/coop/uploads"));
    }

    private static StorageConfig load(String profile, Map<String, String> environment) throws Exception {
        URL properties = StorageConfigTest.class.getResource("/application.properties");
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .addDiscoveredConverters()
                .withSources(new PropertiesConfigSource(properties, 250))
                .withSources(new PropertiesConfigSource(environment, "environment", 300))
                .withMapping(StorageConfig.class);
        if (profile != null) {
            builder.withProfile(profile);
        }
        SmallRyeConfig config = builder.build();
        return config.getConfigMapping(StorageConfig.class);
    }
}
