package org.coopenligne.common;

import org.coopenligne.common.error.ProblemException;

/** Reads the version a client sends in If-Match ("3", or the ETag form "\"3\"" / W/"3"). */
public final class Versions {

    private Versions() {}

    public static int fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "version-required", "Version manquante",
                    "Indiquez la version que vous avez lue (en-tête If-Match) : rechargez la page et recommencez.", null);
        }
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("If-Match", "L'en-tête If-Match doit contenir la version lue, par exemple \"3\".");
        }
    }

    public static String etag(int version) {
        return "\"" + version + "\"";
    }
}
