package vn.congdanso.onestop.fees.sandbox;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.congdanso.core.RejectedException;
import vn.congdanso.onestop.fees.BoundedBody;

/**
 * The sandbox's JSON APIs refuse a body they cannot take (over {@link BoundedBody#MAX_BYTES}: 413,
 * unreadable: 400) with {@code {"error":{"code":…,"message":…}}}; everything else they answer
 * in the gateway's own form.
 */
@RestControllerAdvice(assignableTypes = {SandboxVnpayApi.class, SandboxMomoApi.class})
class SandboxApiErrors {

    @ExceptionHandler(RejectedException.class)
    ResponseEntity<Map<String, Object>> rejected(RejectedException e) {
        HttpStatus status = e.code() == BoundedBody.Error.BODY_TOO_LARGE ? HttpStatus.CONTENT_TOO_LARGE
                : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", Map.of("code", e.code().id(), "message", e.getMessage())));
    }
}
