package vn.congdanso.identity.card;

import static java.util.Objects.requireNonNull;

/**
 * A province code of the 12-digit ID number: the province (on the pre-2025 map of 63) where the
 * birth was registered, and the province (on the map of 34) it belongs to since the 2025 merger.
 *
 * @param code the three-digit code, for example {@code 026}
 * @param name the pre-2025 name, for example {@code Vĩnh Phúc}
 * @param since2025 the merged province since 2025, for example {@code Phú Thọ}
 */
public record Province(String code, String name, String since2025) {

    /** Rejects nulls. */
    public Province {
        requireNonNull(code, "code == null");
        requireNonNull(name, "name == null");
        requireNonNull(since2025, "since2025 == null");
    }
}
