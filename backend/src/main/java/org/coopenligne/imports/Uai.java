package org.coopenligne.imports;

/**
 * The UAI (formerly RNE) of a school: seven digits and a check letter, the remainder of the seven digits' number
 * divided by 23 taken in the alphabet without I, O and Q ("ABCDEFGHJKLMNPRSTUVWXYZ"). 0460410 → 460410 mod 23 = 19 → W.
 */
public final class Uai {

    static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

    private Uai() {}

    public static char checkLetter(String sevenDigits) {
        return LETTERS.charAt(Integer.parseInt(sevenDigits) % 23);
    }

    /** Null when valid, otherwise what is wrong, in French. */
    public static String problem(String uai) {
        if (!uai.matches("[0-9]{7}[A-Z]")) {
            return "L'UAI « " + uai + " » doit avoir 7 chiffres suivis d'une lettre (par exemple 0460410W).";
        }
        char expected = checkLetter(uai.substring(0, 7));
        if (uai.charAt(7) != expected) {
            return "L'UAI « " + uai + " » n'est pas valide : la lettre de contrôle attendue pour "
                    + uai.substring(0, 7) + " est " + expected + ".";
        }
        return null;
    }
}
