package org.coopenligne.tariff;

import java.math.BigDecimal;
import org.coopenligne.common.error.ProblemException;

/**
 * A per-member rate group of the tariff (the membership's, the insurance's): one rate for every member, or one for
 * pupils and one for adults. The API keeps the group's four flat fields ({@code membershipMode},
 * {@code membershipRate}, {@code membershipPupilRate}, {@code membershipAdultRate}); the rules live here once.
 */
public record MemberRates(RateMode mode, BigDecimal rate, BigDecimal pupilRate, BigDecimal adultRate) {

    /** A group written as the seeds give it: rates in text ("2.26"), null where the mode has none. */
    public static MemberRates of(RateMode mode, String rate, String pupilRate, String adultRate) {
        return new MemberRates(mode, decimal(rate), decimal(pupilRate), decimal(adultRate));
    }

    /** One rate for every member, in text ("0.25"). */
    public static MemberRates perMember(String rate) {
        return of(RateMode.PER_MEMBER, rate, null, null);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    /**
     * Refuses a group whose mode lacks its rate: {@code prefix} names the fields ("membership"), {@code what} the
     * group in the message ("d'adhésion").
     */
    public void requireComplete(String prefix, String what) {
        if (mode == RateMode.PER_MEMBER && rate == null) {
            throw ProblemException.invalidField(prefix + "Rate", "Indiquez le tarif " + what + " par coopérateur.");
        }
        if (mode == RateMode.SPLIT && pupilRate == null) {
            throw ProblemException.invalidField(prefix + "PupilRate", "Indiquez le tarif " + what + " par élève.");
        }
        if (mode == RateMode.SPLIT && adultRate == null) {
            throw ProblemException.invalidField(prefix + "AdultRate", "Indiquez le tarif " + what + " par adulte.");
        }
    }
}
