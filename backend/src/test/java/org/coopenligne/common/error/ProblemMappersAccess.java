package org.coopenligne.common.error;

import com.fasterxml.jackson.databind.JsonMappingException;

/** The field path ProblemMappers names for a JSON error, for the tests of other packages. */
public final class ProblemMappersAccess {

    private ProblemMappersAccess() {}

    public static String pathOf(JsonMappingException e) {
        return ProblemMappers.pathOf(e);
    }
}
