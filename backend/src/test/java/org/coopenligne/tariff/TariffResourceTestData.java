package org.coopenligne.tariff;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A valid tariff request (seed 003's figures), shared by the tests that need one. */
public final class TariffResourceTestData {

    private TariffResourceTestData() {}

    public static Map<String, Object> request(Integer version) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", version);
        m.put("cooperativeFee", new BigDecimal("8.00"));
        m.put("membershipMode", "SPLIT");
        m.put("membershipPupilRate", new BigDecimal("1.73"));
        m.put("membershipAdultRate", new BigDecimal("4.00"));
        m.put("insuranceMandatory", false);
        m.put("insuranceMode", "PER_MEMBER");
        m.put("insuranceRate", new BigDecimal("0.25"));
        m.put("propertyThreshold", new BigDecimal("2000"));
        m.put("propertyRate", new BigDecimal("0.01"));
        m.put("instrumentThreshold", new BigDecimal("15000"));
        m.put("instrumentRate", new BigDecimal("0.008"));
        m.put("opensOn", "2025-09-01");
        m.put("deadline", "2025-09-30");
        m.put("paymentMeans", List.of("CHEQUE", "TRANSFER"));
        m.put("subscriptions", List.of(Map.of("name", "TOTO est content", "price", new BigDecimal("4.00"))));
        return m;
    }
}
