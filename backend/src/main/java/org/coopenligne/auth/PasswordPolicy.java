package org.coopenligne.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a new password must be, each rule with the reason a user reads when it is not met.
 * At least 10 characters, three kinds of characters out of four, not the login nor the initial password.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    /** The reasons the password is refused; empty when it is acceptable. */
    public static List<String> problems(String password, String login, String initialPassword) {
        List<String> reasons = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            reasons.add("Choisissez un mot de passe.");
            return reasons;
        }
        if (password.length() < MIN_LENGTH) {
            reasons.add("Le mot de passe doit contenir au moins " + MIN_LENGTH + " caractères.");
        }
        if (password.length() > MAX_LENGTH) {
            reasons.add("Le mot de passe ne peut pas dépasser " + MAX_LENGTH + " caractères.");
        }
        int kinds = 0;
        if (password.chars().anyMatch(Character::isLowerCase)) kinds++;
        if (password.chars().anyMatch(Character::isUpperCase)) kinds++;
        if (password.chars().anyMatch(Character::isDigit)) kinds++;
        if (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c))) kinds++;
        if (kinds < 3) {
            reasons.add("Le mot de passe doit mêler au moins trois sortes de caractères parmi : minuscules, majuscules, chiffres, autres signes.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (login != null && lower.contains(login.toLowerCase(Locale.ROOT))) {
            reasons.add("Le mot de passe ne doit pas contenir votre identifiant.");
        }
        if (initialPassword != null && lower.contains(initialPassword.toLowerCase(Locale.ROOT))) {
            reasons.add("Le mot de passe ne doit pas reprendre le mot de passe initial.");
        }
        return reasons;
    }
}
