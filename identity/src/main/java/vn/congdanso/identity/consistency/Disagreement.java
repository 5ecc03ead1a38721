package vn.congdanso.identity.consistency;

import static java.util.Objects.requireNonNull;

/**
 * Two sources that say different things about one field. Carries no values, so it is safe to log.
 *
 * @param field the field they disagree on
 * @param source the first source's name
 * @param otherSource the second source's name
 */
public record Disagreement(Field field, String source, String otherSource) {

    /** Rejects nulls. */
    public Disagreement {
        requireNonNull(field, "field == null");
        requireNonNull(source, "source == null");
        requireNonNull(otherSource, "otherSource == null");
    }

    /** The fields compared. */
    public enum Field {
        /** The 12-digit ID number. */
        ID_NUMBER,
        /** The birth date. */
        BIRTH_DATE,
        /** The sex. */
        SEX,
        /** The name after ASCII folding (diacritics, case and punctuation ignored). */
        NAME
    }
}
