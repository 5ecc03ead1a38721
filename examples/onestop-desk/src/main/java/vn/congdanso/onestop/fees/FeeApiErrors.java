package vn.congdanso.onestop.fees;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.CoreError;
import vn.congdanso.core.ErrorCode;
import vn.congdanso.core.RejectedException;

/**
 * The fee API's errors as {@code {"error":{"code":…,"message":…}}}: 404 for an unknown order,
 * 413 for a body over {@link BoundedBody#MAX_BYTES}, 400 for other refused input, 503 when a
 * store or directory cannot answer. The message is the SDK's, which never carries personal data
 * unmasked.
 */
@RestControllerAdvice(assignableTypes = FeeApiController.class)
class FeeApiErrors {

    @ExceptionHandler(RejectedException.class)
    ResponseEntity<Map<String, Object>> rejected(RejectedException e) {
        HttpStatus status = e.code() == FeeError.UNKNOWN_ORDER ? HttpStatus.NOT_FOUND
                : e.code() == BoundedBody.Error.BODY_TOO_LARGE ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        return error(status, e.code(), e.getMessage());
    }

    @ExceptionHandler(CongDanSoException.class)
    ResponseEntity<Map<String, Object>> unavailable(CongDanSoException e) {
        return error(HttpStatus.SERVICE_UNAVAILABLE, e.code(), "try again later: " + e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> badParameter(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, CoreError.BAD_ARGUMENT, e.getName() + " must be a whole number");
    }

    static ResponseEntity<Map<String, Object>> error(HttpStatus status, ErrorCode code, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", Map.of("code", code.id(), "message", message)));
    }
}
