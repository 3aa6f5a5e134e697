package org.coopenligne.common;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list. Every list of the API is paginated on the server. */
public record PageView<T>(
        List<T> items,
        @Schema(description = "Page number, from 0", example = "0") int page,
        @Schema(description = "Page size", example = "20") int size,
        @Schema(description = "Number of items in all pages", example = "57") long totalItems,
        @Schema(example = "3") int totalPages) {

    public static final int MAX_SIZE = 100;

    /** Beyond it, page × size would leave the numbers a database offset takes (and no list is that long). */
    public static final int MAX_PAGE = 1_000_000;

    public static <T> PageView<T> of(List<T> items, int page, int size, long total) {
        return new PageView<>(items, page, size, total, (int) ((total + size - 1) / size));
    }
}
