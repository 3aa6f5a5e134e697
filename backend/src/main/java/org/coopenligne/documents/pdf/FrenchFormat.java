package org.coopenligne.documents.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.coopenligne.common.money.Money;

/** The French display forms the documents print: amounts, dates, school years. */
final class FrenchFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FrenchFormat() {
    }

    /** "1 157,11 €" exactly as {@link Money#format()} writes it; {@code null} reads as 0. */
    static String money(BigDecimal amount) {
        BigDecimal value = amount == null ? BigDecimal.ZERO : amount.setScale(2, RoundingMode.HALF_UP);
        return Money.of(value).format();
    }

    /** "23/11/2026". */
    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "2025-2026" (or "2025 - 2026") printed "2025 - 2026". */
    static String schoolYear(String schoolYear) {
        String[] years = schoolYear.split("\\s*[-–]\\s*");
        return years.length == 2 ? years[0].strip() + " - " + years[1].strip() : schoolYear.strip();
    }

    /** The first calendar year of a school year: 2025 for "2025-2026". */
    static int firstYear(String schoolYear) {
        return Integer.parseInt(schoolYear.strip().substring(0, 4));
    }

    /** "L'OCCE du Lot" for "OCCE du Lot": the department's name as the subject of a sentence. */
    static String subject(String departmentName) {
        String name = departmentName.strip();
        if (!name.isEmpty() && "AEIOUHÉÈaeiouhéè".indexOf(name.charAt(0)) >= 0) {
            return "L'" + name;
        }
        return name;
    }

    /** "l'OCCE du Lot" for "OCCE du Lot": the department's name after a preposition ("affiliée à l'OCCE du Lot"). */
    static String object(String departmentName) {
        String subject = subject(departmentName);
        return subject.startsWith("L'") ? "l'" + subject.substring(2) : subject;
    }

    /** "4 adultes, 57 élèves, soit 61 adhérents". */
    static String members(int adults, int pupils, String whole) {
        return plural(adults, "adulte", "adultes") + ", " + plural(pupils, "élève", "élèves")
                + ", soit " + plural(adults + pupils, whole, whole + "s");
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n > 1 ? many : one);
    }

    static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value.strip();
    }
}
