package org.coopenligne.tariff;

/** How a per-member component is charged (SPEC.md "Tariff and fee rules"). */
public enum RateMode {
    /** One rate × (adults + pupils). */
    PER_MEMBER,
    /** pupilRate × pupils and adultRate × adults. */
    SPLIT
}
