package org.coopenligne.common;

import java.time.LocalDate;
import java.time.Month;

/** A school year, 1 September to 31 August, named by its two calendar years ("2025-2026"). */
public record SchoolYear(int startYear) {

    public static SchoolYear containing(LocalDate date) {
        return new SchoolYear(date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public static SchoolYear parse(String label) {
        if (label == null || !label.matches("\\d{4}-\\d{4}")) {
            throw new IllegalArgumentException("Année scolaire attendue sous la forme 2025-2026.");
        }
        int start = Integer.parseInt(label.substring(0, 4));
        if (Integer.parseInt(label.substring(5)) != start + 1) {
            throw new IllegalArgumentException("Une année scolaire couvre deux années qui se suivent, par exemple 2025-2026.");
        }
        return new SchoolYear(start);
    }

    public LocalDate firstDay() { return LocalDate.of(startYear, Month.SEPTEMBER, 1); }

    public LocalDate lastDay() { return LocalDate.of(startYear + 1, Month.AUGUST, 31); }

    public SchoolYear previous() { return new SchoolYear(startYear - 1); }

    public SchoolYear next() { return new SchoolYear(startYear + 1); }

    /** "2025-2026", the form used in the API. */
    public String label() { return startYear + "-" + (startYear + 1); }

    /** "2025 - 2026", the form the seeds show on screen. */
    public String display() { return startYear + " - " + (startYear + 1); }

    @Override
    public String toString() { return label(); }
}
