package org.coopenligne.auth;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The RSA key pair that signs the tokens. In production both files are named by the environment
 * (COOP_JWT_PRIVATE_KEY_FILE, COOP_JWT_PUBLIC_KEY_FILE) and shared by every replica; on a developer's
 * machine a pair is created in the data folder on first start. No key is ever committed.
 */
@Startup
@Priority(1)
@ApplicationScoped
public class JwtKeys {

    private static final Logger LOG = Logger.getLogger(JwtKeys.class);

    @ConfigProperty(name = "coop.jwt.private-key-file")
    Path privateKeyFile;

    @ConfigProperty(name = "coop.jwt.public-key-file")
    Path publicKeyFile;

    private PrivateKey privateKey;

    @PostConstruct
    void init() {
        try {
            if (!Files.exists(privateKeyFile) && !Files.exists(publicKeyFile)) {
                createPair();
            }
            privateKey = readPrivateKey(privateKeyFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the JWT keys in " + privateKeyFile.getParent(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JWT private key in " + privateKeyFile + " is not a PKCS#8 RSA key", e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    private void createPair() throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.createDirectories(privateKeyFile.toAbsolutePath().getParent());
        Files.createDirectories(publicKeyFile.toAbsolutePath().getParent());
        Files.writeString(privateKeyFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(privateKeyFile, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
        Files.writeString(publicKeyFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        LOG.infof("Created a new key pair for signing tokens in %s", privateKeyFile.toAbsolutePath().getParent());
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    static PrivateKey readPrivateKey(Path file) throws IOException, GeneralSecurityException {
        String text = Files.readString(file, StandardCharsets.US_ASCII)
                .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(text)));
    }
}
