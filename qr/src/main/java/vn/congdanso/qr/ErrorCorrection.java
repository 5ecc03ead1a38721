package vn.congdanso.qr;

/**
 * How much of a QR symbol may be damaged and still be read. Higher levels make larger symbols
 * for the same text. {@link #M} is the default; use {@link #Q} for signed payloads that are
 * printed and handled.
 */
public enum ErrorCorrection {
    /** Recovers about 7 % of damaged codewords. */
    L,
    /** Recovers about 15 % of damaged codewords (the default). */
    M,
    /** Recovers about 25 % of damaged codewords. */
    Q,
    /** Recovers about 30 % of damaged codewords. */
    H
}
