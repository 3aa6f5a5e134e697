package org.coopenligne.common.error;

/** 429: too many failed attempts; the answer carries Retry-After. */
public class TooManyAttemptsException extends ProblemException {

    private final long retryAfterSeconds;

    public TooManyAttemptsException(long retryAfterSeconds) {
        super(429, "too-many-attempts", "Trop de tentatives",
                "Trop de tentatives de connexion ont échoué. Réessayez dans " + minutes(retryAfterSeconds)
                        + ", ou demandez à votre OCCE de réinitialiser votre mot de passe.", null);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() { return retryAfterSeconds; }

    private static String minutes(long seconds) {
        long m = Math.max(1, (seconds + 59) / 60);
        return m == 1 ? "une minute" : m + " minutes";
    }
}
