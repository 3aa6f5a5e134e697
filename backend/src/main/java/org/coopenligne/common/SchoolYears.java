package org.coopenligne.common;

import org.coopenligne.common.error.ProblemException;

/** The school year a request means: parsed from a path, a query or a body (a 400 problem when malformed), or today's. */
public final class SchoolYears {

    public static final String PATTERN = "[0-9]{4}-[0-9]{4}";

    private SchoolYears() {}

    /** The school year of today, as the clock of the application (or of a test) tells it. */
    public static SchoolYear current(java.time.Clock clock) {
        return SchoolYear.containing(java.time.LocalDate.now(clock));
    }

    /**
     * The year given (a query parameter's "2025-2026"), or the current school year when none is given (absent or
     * blank): what every list, export and dashboard reads when the year is left out.
     */
    public static SchoolYear givenOrCurrent(String label, java.time.Clock clock) {
        return label == null || label.isBlank() ? current(clock) : parse(label.trim());
    }

    public static SchoolYear parse(String label) {
        try {
            return SchoolYear.parse(label);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("year", e.getMessage());
        }
    }
}
