package vn.congdanso.qr;

import vn.congdanso.core.RejectedException;

/** Range checks shared by the option records. */
final class Limits {

    private Limits() {
    }

    static void check(long value, long min, long max, String name) {
        if (value < min || value > max) {
            throw new RejectedException(QrError.BAD_OPTION,
                    name + " must be between " + min + " and " + max + ", was " + value);
        }
    }
}
