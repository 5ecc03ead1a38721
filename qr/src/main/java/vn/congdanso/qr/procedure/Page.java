package vn.congdanso.qr.procedure;

import java.util.List;
import java.util.Objects;

/**
 * One page of results.
 *
 * @param items      the results on this page, in rank order
 * @param page       the zero-based page number
 * @param size       the requested page size
 * @param totalItems how many results there are across all pages
 * @param <T>        the result type
 */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    /** Freezes the items. */
    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items == null"));
    }

    /** Whether a later page holds more results. */
    public boolean hasNext() {
        return (long) (page + 1) * size < totalItems;
    }
}
