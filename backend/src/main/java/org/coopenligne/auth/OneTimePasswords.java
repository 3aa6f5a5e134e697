package org.coopenligne.auth;

import java.security.SecureRandom;

/** One-time passwords that staff read out or send: 12 random characters (about 62 bits), no look-alikes. */
public final class OneTimePasswords {

    private static final char[] LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {}

    public static String generate() {
        StringBuilder b = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i == 4 || i == 8) {
                b.append('-');
            }
            b.append(LETTERS[RANDOM.nextInt(LETTERS.length)]);
        }
        return b.toString();
    }
}
