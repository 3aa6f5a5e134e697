package org.coopenligne.documents.storage;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Keys of stored files: 128 random bits written as 32 lowercase hexadecimal digits. They carry nothing
 * (no name, no cooperative, no date), can't be guessed, and their alphabet has no '/', '.' nor '\\', so a
 * well-formed key can't name anything outside the storage. Every key that comes back is checked first.
 */
final class StorageKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern WELL_FORMED = Pattern.compile("[0-9a-f]{32}");

    private StorageKeys() {}

    static String newKey() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return HexFormat.of().formatHex(bits);
    }

    static boolean isWellFormed(String key) {
        return key != null && WELL_FORMED.matcher(key).matches();
    }

    /** The key itself if well formed; otherwise the file is "not found" (and nothing is looked up). */
    static String require(String key) {
        if (!isWellFormed(key)) {
            throw new DocumentNotFoundException();
        }
        return key;
    }
}
