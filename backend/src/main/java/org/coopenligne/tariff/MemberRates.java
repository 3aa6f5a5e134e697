package org.coopenligne.tariff;

import java.math.BigDecimal;
import org.coopenligne.common.error.ProblemException;

/**
 * A per-member rate group of the tariff (the membership's, the insurance's): one rate for every member, or one for
 * pupils and one for adults. The API keeps the group's four flat fields ({@code membershipMode},
 * {@code membershipRate}, {@code membershipPupilRate}, {@code membershipAdultRate}); the rules live here once.
 */
public record MemberRates(RateMode mode, BigDecimal rate, BigDecimal pupilRate, BigDecimal adultRate) {

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
