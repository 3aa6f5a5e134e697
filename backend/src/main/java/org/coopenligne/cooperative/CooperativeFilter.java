package org.coopenligne.cooperative;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.coopenligne.adhesion.AdhesionStatus;
import org.coopenligne.common.QueryEnums;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.tariff.PaymentMeans;

/**
 * The filters and sort of the cooperatives' list, validated (a wrong value is a 400 naming the parameter).
 * Also the selection of a reminder "to all the cooperatives matching this filter".
 */
public record CooperativeFilter(String text, AdhesionStatus status, Boolean late, Boolean insured, PaymentMeans paymentMeans,
                                Boolean sent, Boolean paid, Sort sort, boolean descending) {

    /** The columns one may sort by. */
    public enum Sort {
        number, school, city, status, submittedAt
    }

    public static CooperativeFilter parse(String text, String status, String late, String insured, String paymentMeans,
                                          String sent, String paid, String sort, String direction) {
        return new CooperativeFilter(text == null || text.isBlank() ? null : text.trim(),
                QueryEnums.parse(AdhesionStatus.class, status, "status"), bool(late, "late"), bool(insured, "insured"),
                QueryEnums.parse(PaymentMeans.class, paymentMeans, "paymentMeans"), bool(sent, "sent"), bool(paid, "paid"),
                sortOf(sort), descending(direction));
    }

    /** Whether it keeps only some cooperatives (the sort aside). */
    public boolean hasConditions() {
        return text != null || status != null || late != null || insured != null || paymentMeans != null || sent != null || paid != null;
    }

    static Boolean bool(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalidField(field, "Valeur inconnue « " + value + " » ; valeurs possibles : true, false.");
        };
    }

    private static Sort sortOf(String value) {
        if (value == null || value.isBlank()) {
            return Sort.number;
        }
        try {
            return Sort.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("sort", "Tri inconnu « " + value + " » ; tris possibles : "
                    + Arrays.stream(Sort.values()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
    }

    private static boolean descending(String value) {
        if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("asc")) {
            return false;
        }
        if (value.trim().equalsIgnoreCase("desc")) {
            return true;
        }
        throw ProblemException.invalidField("direction", "Sens de tri inconnu « " + value + " » ; valeurs possibles : asc, desc.");
    }

    /** The year of the list's status, late and amount columns. */
    public record Scope(Long departmentId, SchoolYear year) {}
}
