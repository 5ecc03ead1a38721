package vn.congdanso.qr.procedure;

import java.util.Optional;

import vn.congdanso.core.RejectedException;

import static java.util.Objects.requireNonNull;

/**
 * A directory search: keywords (Vietnamese, with or without diacritics; empty for all), an
 * optional agency whose units' procedures to list, and a page. Immutable.
 *
 * @param keywords the words to look for
 * @param agency   only procedures published by this agency or a unit below it
 * @param page     the zero-based page, at most 10 000
 * @param size     the page size, 1 to 100
 */
public record ProcedureQuery(String keywords, Optional<AgencyCode> agency, int page, int size) {

    /** The default page size. */
    public static final int DEFAULT_SIZE = 20;
    /** The largest page size. */
    public static final int MAX_SIZE = 100;
    /** The longest keyword text, in characters. */
    public static final int MAX_KEYWORDS_LENGTH = 200;
    private static final int MAX_PAGE = 10_000;

    /**
     * Validates the components.
     *
     * @throws RejectedException {@link ProcedureError#BAD_QUERY} when a value is out of range
     */
    public ProcedureQuery {
        requireNonNull(keywords, "keywords == null");
        requireNonNull(agency, "agency == null");
        if (keywords.length() > MAX_KEYWORDS_LENGTH) {
            throw new RejectedException(ProcedureError.BAD_QUERY, "keywords are longer than " + MAX_KEYWORDS_LENGTH + " characters");
        }
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            throw new RejectedException(ProcedureError.BAD_QUERY, "page must be 0.." + MAX_PAGE + " and size 1.." + MAX_SIZE);
        }
    }

    /** The first page of procedures matching {@code keywords}. */
    public static ProcedureQuery keywords(String keywords) {
        return new ProcedureQuery(keywords, Optional.empty(), 0, DEFAULT_SIZE);
    }

    /** The first page of procedures published by {@code agency} or a unit below it. */
    public static ProcedureQuery agency(AgencyCode agency) {
        return new ProcedureQuery("", Optional.of(requireNonNull(agency, "agency == null")), 0, DEFAULT_SIZE);
    }

    /** A copy restricted to {@code agency}. */
    public ProcedureQuery withAgency(AgencyCode agency) {
        return new ProcedureQuery(keywords, Optional.of(requireNonNull(agency, "agency == null")), page, size);
    }

    /** A copy for another page. */
    public ProcedureQuery withPage(int page, int size) {
        return new ProcedureQuery(keywords, agency, page, size);
    }
}
