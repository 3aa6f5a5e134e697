package org.coopenligne.documents.storage;

import java.util.List;
import org.coopenligne.common.error.Problem;
import org.coopenligne.common.error.ProblemException;

/**
 * An upload refused for its content (empty, too large, not a PDF, JPEG or PNG). It is a
 * {@link ProblemException}: thrown out of a resource, it becomes an {@code application/problem+json}
 * answer with a violation on the field {@value #FIELD}. Nothing of a refused upload is kept.
 */
public abstract class UploadRefusedException extends ProblemException {

    /** The form field the violation names: the integrator's multipart part should carry this name. */
    public static final String FIELD = "file";

    protected UploadRefusedException(int status, String slug, String title, String detail) {
        super(status, slug, title, detail, List.of(new Problem.Violation(FIELD, detail)));
    }
}
