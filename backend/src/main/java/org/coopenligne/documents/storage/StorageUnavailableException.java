package org.coopenligne.documents.storage;

import org.coopenligne.common.error.ProblemException;

/**
 * 503: the object storage could not be reached or answered with an error (down, misconfigured, refusing
 * the credentials). The technical cause is kept as the exception's cause, for the log; the user is
 * asked to retry later.
 */
public class StorageUnavailableException extends ProblemException {

    public StorageUnavailableException(String technicalReason) {
        this(new IllegalStateException(technicalReason));
    }

    public StorageUnavailableException(Throwable cause) {
        super(503, "storage-unavailable", "Stockage indisponible",
                "Le stockage des documents est momentanément indisponible. Réessayez dans quelques minutes.", null);
        initCause(cause);
    }
}
