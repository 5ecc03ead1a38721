package vn.congdanso.payments;

import static java.util.Objects.requireNonNull;

/**
 * The HTTP answer a gateway expects to a callback.
 *
 * @param status      the HTTP status code
 * @param contentType the media type of {@code body}, empty when there is no body
 * @param body        the response body, empty for none
 */
public record CallbackAck(int status, String contentType, String body) {

    /** Validates the components. */
    public CallbackAck {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status " + status + " is no HTTP status");
        }
        requireNonNull(contentType, "contentType == null");
        requireNonNull(body, "body == null");
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
