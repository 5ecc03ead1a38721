package vn.congdanso.qr.procedure;

import java.time.LocalDate;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Where a procedure catalogue's data comes from.
 *
 * @param version the data version
 * @param date    the day the data was compiled
 * @param sources the public sources it was compiled from
 */
public record CatalogueInfo(String version, LocalDate date, List<String> sources) {

    /** Validates the components and freezes the list. */
    public CatalogueInfo {
        requireNonNull(version, "version == null");
        requireNonNull(date, "date == null");
        sources = List.copyOf(requireNonNull(sources, "sources == null"));
    }
}
