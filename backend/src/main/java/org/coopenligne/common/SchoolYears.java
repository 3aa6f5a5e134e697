package org.coopenligne.common;

import org.coopenligne.common.error.ProblemException;

/** Parsing of a school year given in a path or a body, as a 400 problem when malformed. */
public final class SchoolYears {

    public static final String PATTERN = "[0-9]{4}-[0-9]{4}";

    private SchoolYears() {}

    public static SchoolYear parse(String label) {
        try {
            return SchoolYear.parse(label);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("year", e.getMessage());
        }
    }
}
