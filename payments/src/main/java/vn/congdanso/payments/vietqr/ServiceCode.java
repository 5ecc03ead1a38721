package vn.congdanso.payments.vietqr;

import java.util.Objects;
import java.util.Optional;

/** NAPAS service codes written in ID 38, sub-ID 02. */
public enum ServiceCode {
    /** {@code QRIBFTTA}: instant inter-bank transfer to an account number. */
    TO_ACCOUNT("QRIBFTTA"),
    /** {@code QRIBFTTC}: instant inter-bank transfer to a card number. */
    TO_CARD("QRIBFTTC"),
    /** {@code QRPUSH}: payment to a merchant. */
    PUSH("QRPUSH"),
    /** {@code QRCASH}: cash withdrawal at an ATM. */
    CASH("QRCASH");

    private final String code;

    ServiceCode(String code) {
        this.code = code;
    }

    /** The code as written in the payload. */
    public String code() {
        return code;
    }

    /** The service written as {@code code}, if it is one NAPAS defines. */
    public static Optional<ServiceCode> ofCode(String code) {
        Objects.requireNonNull(code, "code == null");
        for (ServiceCode service : values()) {
            if (service.code.equals(code)) {
                return Optional.of(service);
            }
        }
        return Optional.empty();
    }
}
