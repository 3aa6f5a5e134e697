package org.coopenligne.apitoken;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secrets of API tokens: "coop_" and 32 random bytes in base64url (256 bits). Such a secret is not a
 * password: a fast SHA-256 is enough to store it, as nobody can try its values one by one.
 */
public final class ApiTokenSecrets {

    public static final String PREFIX = "coop_";
    private static final Pattern SHAPE = Pattern.compile("coop_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenSecrets() {}

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True for what this mechanism handles (any bearer starting with "coop_"); JWTs are left to smallrye-jwt. */
    public static boolean isApiToken(String bearer) {
        return bearer != null && bearer.startsWith(PREFIX);
    }

    public static boolean wellFormed(String secret) {
        return secret != null && SHAPE.matcher(secret).matches();
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison of two hex hashes. */
    public static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    public static String displayPrefix(String secret) {
        return secret.substring(0, PREFIX.length() + 4);
    }
}
