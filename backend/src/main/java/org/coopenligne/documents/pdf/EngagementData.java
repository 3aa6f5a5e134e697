package org.coopenligne.documents.pdf;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the "engagement du mandataire" of one adhesion prints.
 *
 * @param schoolYear      "2025-2026"
 * @param amountDue       the adhesion's total, in euros (scale 2 or less)
 * @param paymentMeans    French label of the chosen payment means, or {@code null} when none is chosen yet
 * @param propertyValue   declared value of the cooperative's property ({@code null} reads as 0)
 * @param instrumentValue declared value of its musical instruments ({@code null} reads as 0)
 */
public record EngagementData(
        DepartmentBlock department,
        CooperativeBlock cooperative,
        String schoolYear,
        int adults,
        int pupils,
        BigDecimal amountDue,
        String paymentMeans,
        boolean insured,
        BigDecimal propertyValue,
        BigDecimal instrumentValue) {

    public EngagementData {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(cooperative, "cooperative");
        Objects.requireNonNull(schoolYear, "schoolYear");
    }
}
