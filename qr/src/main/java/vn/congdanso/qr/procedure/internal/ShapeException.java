package vn.congdanso.qr.procedure.internal;

/**
 * A JSON document did not have the shape of this project's procedure contract. Never escapes the
 * SDK: directories turn it into their typed errors.
 */
public final class ShapeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ShapeException(String message) {
        super(message);
    }
}
