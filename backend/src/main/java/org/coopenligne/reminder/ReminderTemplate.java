package org.coopenligne.reminder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.error.ProblemException;

/**
 * The placeholders of a reminder, those of the department's REMINDER email (department/EmailTemplates): {cooperative}
 * and {code} (the code, 038-0107), {school}, {year}, {deadline}, {department}, {link} (the platform's address). A brace word that is none of them is refused when the reminder is created, so that a typo
 * is not mailed to two thousand schools.
 */
public final class ReminderTemplate {

    public static final List<String> PLACEHOLDERS = List.of("cooperative", "code", "school", "year", "deadline", "department", "link");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_]+)}");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ReminderTemplate() {}

    /** What one cooperative's email says. */
    public record Values(String code, String school, SchoolYear year, LocalDate deadline, String department, String link) {
        Map<String, String> asMap() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("cooperative", code);
            m.put("code", code);
            m.put("school", school);
            m.put("year", year.display());
            m.put("deadline", deadline.format(FRENCH_DATE));
            m.put("department", department);
            m.put("link", link);
            return m;
        }
    }

    public static void check(String field, String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                throw ProblemException.invalidField(field, "Le champ « {" + m.group(1) + "} » est inconnu ; champs possibles : "
                        + String.join(", ", PLACEHOLDERS.stream().map(p -> "{" + p + "}").toList()) + ".");
            }
        }
    }

    public static String render(String text, Values values) {
        return render(text, values.asMap());
    }

    /**
     * The text as every cooperative of the reminder reads it, its own name and code aside: the year, the deadline,
     * the department and the link filled in; {cooperative}, {code} and {school} stay, as they differ by cooperative.
     */
    public static String shared(String text, SchoolYear year, LocalDate deadline, String department, String link) {
        Map<String, String> map = new Values(null, null, year, deadline, department, link).asMap();
        map.remove("cooperative");
        map.remove("code");
        map.remove("school");
        return render(text, map);
    }

    private static String render(String text, Map<String, String> map) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(map.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
