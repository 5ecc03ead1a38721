package vn.congdanso.identity.mrz;

import java.util.Objects;

/**
 * A warning: a letter that OCR commonly confuses with a digit (O/0, I/1, B/8, S/5, Z/2) was read in
 * a numeric field and replaced by the digit before the check digits were computed.
 *
 * @param field the field's camel-case name, for example {@code birthDate}
 * @param offset the zero-based offset of the character in the parsed text
 * @param read the character read
 * @param corrected the digit used instead
 */
public record OcrCorrection(String field, int offset, char read, char corrected) {

    /** Validates the components. */
    public OcrCorrection {
        Objects.requireNonNull(field, "field == null");
    }
}
