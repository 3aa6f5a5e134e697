package org.coopenligne.documents.pdf;

import java.util.Objects;

/** What the change-of-mandataire and/or signatories form prints: who is in place today, for which account. */
public record MandataireChangeFormData(DepartmentBlock department, CooperativeBlock cooperative, String schoolYear) {

    public MandataireChangeFormData {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(cooperative, "cooperative");
        Objects.requireNonNull(schoolYear, "schoolYear");
    }
}
