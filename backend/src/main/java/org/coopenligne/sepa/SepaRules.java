package org.coopenligne.sepa;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checks of SEPA identifiers, each answering a French message (null when the value is right):
 * IBAN (ISO 13616: length of the country, then mod 97 = 1), BIC (ISO 9362, the pattern of the pain.008 schema),
 * SEPA creditor identifier (ICS, EPC262-08: mod 97 on the national identifier, the country and "00", the
 * creditor business code left out). And the restriction of free text to the SEPA Latin character set.
 */
public final class SepaRules {

    private SepaRules() {}

    /** IBAN lengths of the SEPA countries (ISO 13616 registry); another country gets the general 15–34 check. */
    static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(
            Map.entry("FR", 27), Map.entry("MC", 27), Map.entry("DE", 22), Map.entry("BE", 16), Map.entry("LU", 20),
            Map.entry("ES", 24), Map.entry("IT", 27), Map.entry("PT", 25), Map.entry("NL", 18), Map.entry("AT", 20),
            Map.entry("CH", 21), Map.entry("GB", 22), Map.entry("IE", 22), Map.entry("AD", 24), Map.entry("FI", 18),
            Map.entry("GR", 27), Map.entry("SE", 24), Map.entry("DK", 18), Map.entry("NO", 15), Map.entry("PL", 28),
            Map.entry("SM", 27), Map.entry("VA", 22), Map.entry("LI", 21), Map.entry("MT", 31), Map.entry("CY", 28));

    private static final Pattern IBAN_SHAPE = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    /** The BICIdentifier pattern of pain.008.001.02.xsd: 8 or 11 characters. */
    private static final Pattern BIC_SHAPE = Pattern.compile("[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?");
    private static final Pattern ICS_SHAPE = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{3}[A-Z0-9]{1,28}");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    /** Spaces (and the hyphens or dots some people type) removed, upper case. */
    public static String normalize(String value) {
        return value == null ? null : value.replaceAll("[\\s.\\-\u00A0\u202F]", "").toUpperCase(java.util.Locale.ROOT);
    }

    public static String ibanProblem(String iban) {
        String v = normalize(iban);
        if (v == null || v.isEmpty()) {
            return "Indiquez l'IBAN du compte.";
        }
        if (!IBAN_SHAPE.matcher(v).matches()) {
            return "Un IBAN commence par le code du pays et deux chiffres de contrôle (FR76…), puis des lettres et chiffres seulement.";
        }
        Integer expected = IBAN_LENGTHS.get(v.substring(0, 2));
        if (expected != null && v.length() != expected) {
            return "Un IBAN " + (v.startsWith("FR") ? "français" : "de ce pays (" + v.substring(0, 2) + ")") + " compte " + expected
                    + " caractères ; celui-ci en a " + v.length() + ".";
        }
        if (mod97(v.substring(4) + v.substring(0, 4)) != 1) {
            return "Cet IBAN n'est pas valide (la clé de contrôle ne correspond pas) : vérifiez-le sur le RIB.";
        }
        return null;
    }

    public static String bicProblem(String bic) {
        String v = normalize(bic);
        if (v == null || v.isEmpty()) {
            return "Indiquez le BIC de la banque.";
        }
        if (!BIC_SHAPE.matcher(v).matches()) {
            return "Un BIC compte 8 ou 11 caractères : 4 lettres pour la banque, 2 pour le pays, 2 pour la ville, "
                    + "et éventuellement 3 pour l'agence (ex. : AGRIFRPP ou AGRIFRPP882).";
        }
        return null;
    }

    /** The SEPA creditor identifier: "FR" + 2 check digits + a business code (ZZZ) + the national identifier. */
    public static String creditorIdProblem(String identifier) {
        String v = normalize(identifier);
        if (v == null || v.isEmpty()) {
            return "Indiquez l'identifiant créancier SEPA (ICS) du département.";
        }
        if (!ICS_SHAPE.matcher(v).matches() || v.length() > 35) {
            return "Un identifiant créancier SEPA (ICS) s'écrit comme FR12ZZZ123456 : pays, deux chiffres de contrôle, "
                    + "trois caractères de code d'activité, puis l'identifiant national.";
        }
        if (v.startsWith("FR") && v.length() != 13) {
            return "Un identifiant créancier SEPA (ICS) français compte 13 caractères ; celui-ci en a " + v.length() + ".";
        }
        if (!v.substring(2, 4).equals(creditorIdCheckDigits(v.substring(0, 2), v.substring(7)))) {
            return "Cet identifiant créancier SEPA (ICS) n'est pas valide (la clé de contrôle ne correspond pas).";
        }
        return null;
    }

    /** The two check digits of an ICS: 98 - (national identifier + country + "00") mod 97. */
    static String creditorIdCheckDigits(String country, String nationalId) {
        int check = 98 - mod97(nationalId + country + "00");
        return check < 10 ? "0" + check : String.valueOf(check);
    }

    /** Letters as numbers (A = 10 … Z = 35), then the remainder of the division by 97. */
    static int mod97(String alphanumeric) {
        StringBuilder digits = new StringBuilder();
        for (char c : alphanumeric.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    }

    /** The IBAN of a country's BBAN, with its check digits (98 - (BBAN + country + "00") mod 97): for demo data and tests. */
    public static String ibanOf(String country, String bban) {
        int check = 98 - mod97(bban + country + "00");
        return country + (check < 10 ? "0" : "") + check + bban;
    }

    /** "FR76 •••• •••• •••• •••• •••0 189": country, check digits and the last four characters. */
    public static String mask(String iban) {
        if (iban == null || iban.length() < 8) {
            return iban;
        }
        return iban.substring(0, 4) + " •••• " + iban.substring(iban.length() - 4);
    }

    /** IBAN in groups of four, as a bank statement prints it. */
    public static String grouped(String iban) {
        return iban == null ? null : iban.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /**
     * The text restricted to the SEPA Latin character set (a-z A-Z 0-9 / - ? : ( ) . , ' + and space):
     * accents dropped (é → e), ligatures spelled out (œ → oe), anything else a space; at most {@code max} characters.
     */
    public static String latin(String text, int max) {
        if (text == null) {
            return "";
        }
        String s = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE").replace("ß", "ss")
                .replace("&", "+").replace("’", "'").replace("«", "").replace("»", "").replace("_", "-");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[^A-Za-z0-9/\\-?:().,'+ ]", " ").replaceAll("\\s+", " ").trim();
        return s.length() > max ? s.substring(0, max).trim() : s;
    }
}
