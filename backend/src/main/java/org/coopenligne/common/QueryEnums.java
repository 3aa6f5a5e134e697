package org.coopenligne.common;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.coopenligne.common.error.ProblemException;

/** Query parameters naming an enum value: read as text so that a wrong one is a 400 naming the parameter, not a 404. */
public final class QueryEnums {

    private QueryEnums() {}

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "Valeur inconnue « " + value + " » ; valeurs possibles : "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
    }
}
