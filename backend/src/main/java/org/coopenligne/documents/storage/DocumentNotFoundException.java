package org.coopenligne.documents.storage;

import org.coopenligne.common.error.ProblemException;

/**
 * 404: no stored file has this key. Also thrown for a malformed key (one {@link DocumentStorage#store}
 * can't have produced, such as {@code ../../etc/passwd}), which is never looked up.
 */
public class DocumentNotFoundException extends ProblemException {

    public DocumentNotFoundException() {
        super(404, "document-not-found", "Introuvable", "Ce document est introuvable.", null);
    }
}
