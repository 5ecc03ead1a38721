package vn.congdanso.onestop.procedures;

import vn.congdanso.core.ErrorCode;

/**
 * The contract's {@code Error} body: the SDK's stable error id and a message that never echoes
 * the input.
 *
 * @param code    the error id, for example {@code procedure.BAD_PROCEDURE_CODE}
 * @param message what was wrong, for people
 */
public record ApiError(String code, String message) {

    /** The body for {@code code}. */
    public static ApiError of(ErrorCode code, String message) {
        return new ApiError(code.id(), message);
    }
}
