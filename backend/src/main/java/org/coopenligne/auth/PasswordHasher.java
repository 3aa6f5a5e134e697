package org.coopenligne.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** bcrypt, slow on purpose; used only on login and password change, never on other requests. */
@ApplicationScoped
public class PasswordHasher {

    /** A hash of nothing, verified when the login is unknown so that timing does not tell which logins exist. */
    private String dummyHash;

    @ConfigProperty(name = "coop.auth.bcrypt-cost", defaultValue = "11")
    int cost;

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean verify(String password, String hash) {
        return BCrypt.verifyer().verify(password.toCharArray(), hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    /** Burns the same time as a real verification. */
    public void verifyNothing(String password) {
        if (dummyHash == null) {
            dummyHash = hash("no such account");
        }
        verify(password, dummyHash);
    }

    /** Constant-time comparison, for the initial password which is not hashed. */
    public static boolean sameText(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
