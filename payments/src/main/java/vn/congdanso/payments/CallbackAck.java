package vn.congdanso.payments;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;

import static java.util.Objects.requireNonNull;

/**
 * The HTTP answer a gateway expects to a callback.
 *
 * @param status      the HTTP status code
 * @param contentType the media type of {@code body}, empty when there is no body
 * @param body        the response body, empty for none
 */
public record CallbackAck(int status, String contentType, String body) {

    /**
     * Validates the components.
     *
     * @throws RejectedException {@code BAD_ARGUMENT} when {@code status} is not 100 to 599
     */
    public CallbackAck {
        requireNonNull(contentType, "contentType == null");
        requireNonNull(body, "body == null");
        if (status < 100 || status > 599) {
            throw new RejectedException(CoreError.BAD_ARGUMENT, "status " + status + " is no HTTP status");
        }
    }

    /** A JSON answer with status 200. */
    public static CallbackAck json(String body) {
        return new CallbackAck(200, "application/json; charset=utf-8", body);
    }

    /** An empty answer with {@code status}. */
    public static CallbackAck empty(int status) {
        return new CallbackAck(status, "", "");
    }
}
