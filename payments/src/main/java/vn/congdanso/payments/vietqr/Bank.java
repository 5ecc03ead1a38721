package vn.congdanso.payments.vietqr;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A bank or wallet reachable through NAPAS 247 / VietQR.
 *
 * @param bin       the 6-digit acquirer BIN written in VietQR ID 38.01.00
 * @param code      the VietQR bank code, for example {@code VCB}
 * @param shortName the name people know it by, for example {@code Vietcombank}
 * @param name      the full legal name in Vietnamese
 * @param swiftCode the SWIFT/BIC code, when the directory knows it
 */
public record Bank(String bin, String code, String shortName, String name, Optional<String> swiftCode) {

    /** Rejects null components. */
    public Bank {
        requireNonNull(bin, "bin == null");
        requireNonNull(code, "code == null");
        requireNonNull(shortName, "shortName == null");
        requireNonNull(name, "name == null");
        requireNonNull(swiftCode, "swiftCode == null");
    }
}
