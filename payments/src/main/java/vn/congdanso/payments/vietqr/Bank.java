package vn.congdanso.payments.vietqr;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A bank or wallet reachable through NAPAS 247 / VietQR.
 *
 * @param bin         the 6-digit acquirer BIN written in VietQR ID 38.01.00
 * @param code        the VietQR bank code, for example {@code VCB}
 * @param shortName   the name people know it by, for example {@code Vietcombank}
 * @param name        the full legal name in Vietnamese
 * @param swiftCode   the SWIFT/BIC code, when the directory knows it
 * @param formerCodes codes the bank was known by before a renaming ({@code OCEANBANK} for MBV),
 *                    which {@link BankDirectory#byCode(String)} still resolves
 * @param formerNames names the bank was known by before a renaming ({@code OceanBank}), which
 *                    {@link BankDirectory#byName(String)} still resolves
 */
public record Bank(String bin, String code, String shortName, String name, Optional<String> swiftCode,
        List<String> formerCodes, List<String> formerNames) {

    /** Rejects null components and copies the lists. */
    public Bank {
        requireNonNull(bin, "bin == null");
        requireNonNull(code, "code == null");
        requireNonNull(shortName, "shortName == null");
        requireNonNull(name, "name == null");
        requireNonNull(swiftCode, "swiftCode == null");
        formerCodes = List.copyOf(requireNonNull(formerCodes, "formerCodes == null"));
        formerNames = List.copyOf(requireNonNull(formerNames, "formerNames == null"));
    }

    /** A bank that has never been renamed. */
    public Bank(String bin, String code, String shortName, String name, Optional<String> swiftCode) {
        this(bin, code, shortName, name, swiftCode, List.of(), List.of());
    }
}
