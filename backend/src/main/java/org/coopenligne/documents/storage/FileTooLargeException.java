package org.coopenligne.documents.storage;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** 413: more than the allowed number of bytes arrived; reading stopped there. */
public class FileTooLargeException extends UploadRefusedException {

    private final long maxBytes;

    public FileTooLargeException(long maxBytes) {
        super(413, "file-too-large", "Fichier trop volumineux",
                "Le fichier dépasse la taille autorisée (" + frenchSize(maxBytes) + " au plus).");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * A size as a French reader writes it, in binary units as configured (10M = 10 × 1024 × 1024):
     * "10 Mo", "1,5 Mo", "500 Ko", "800 octets". Rounded down, so that the figure shown is never above the limit.
     */
    static String frenchSize(long bytes) {
        if (bytes >= 1024L * 1024) {
            return figure(bytes, 1024L * 1024) + " Mo";
        }
        if (bytes >= 1024) {
            return figure(bytes, 1024) + " Ko";
        }
        return bytes + (bytes > 1 ? " octets" : " octet");
    }

    private static String figure(long bytes, long unit) {
        BigDecimal value = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(unit), 1, RoundingMode.DOWN)
                .stripTrailingZeros();
        return value.scale() <= 0 ? value.toBigInteger().toString() : value.toPlainString().replace('.', ',');
    }
}
