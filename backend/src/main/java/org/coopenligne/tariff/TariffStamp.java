package org.coopenligne.tariff;

/** Which tariff, in which version, priced something: read with it, so the pricing is taken from the cache only if unchanged. */
public record TariffStamp(long id, int version) {}
