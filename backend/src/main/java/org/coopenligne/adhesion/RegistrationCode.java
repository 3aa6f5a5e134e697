package org.coopenligne.adhesion;

import org.coopenligne.common.SchoolYear;

/**
 * The registration code of a validated adhesion, as staff write it in the seeds: {@code 25/0035 A} — the school
 * year's first two digits, the department's sequence number of the year on four digits, and a suffix letter:
 * A when the cooperative is insured (adhésion et assurance), S when it is not (adhésion seule).
 */
public final class RegistrationCode {

    private RegistrationCode() {}

    public static String format(SchoolYear year, int number, boolean insured) {
        if (number < 1 || number > 9999) {
            throw new IllegalArgumentException("Registration number out of range: " + number);
        }
        return String.format("%02d/%04d %s", year.startYear() % 100, number, insured ? "A" : "S");
    }
}
