package vn.congdanso.core;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What a remote party told us about a failed call: the HTTP status (0 when no response arrived),
 * the remote party's own error code and its request id, for support tickets.
 *
 * @param httpStatus the HTTP status, or 0 when the call produced no response
 * @param remoteCode the remote party's error code, when it sent one
 * @param requestId  the remote party's request or trace id, when it sent one
 */
public record RemoteDetails(int httpStatus, Optional<String> remoteCode, Optional<String> requestId) {

    /** Validates the components. */
    public RemoteDetails {
        requireNonNull(remoteCode, "remoteCode == null");
        requireNonNull(requestId, "requestId == null");
    }

    /** Details of a response that carried only a status. */
    public static RemoteDetails ofStatus(int httpStatus) {
        return new RemoteDetails(httpStatus, Optional.empty(), Optional.empty());
    }
}
