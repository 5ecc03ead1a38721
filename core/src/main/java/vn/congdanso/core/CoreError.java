package vn.congdanso.core;

/** Failure reasons raised by the {@code core} module itself. */
public enum CoreError implements ErrorCode {
    /** An argument was outside what the method accepts (empty, too long, out of range). */
    BAD_ARGUMENT,
    /** A money amount was not a whole, non-negative number of đồng. */
    BAD_AMOUNT,
    /** Arithmetic on amounts left the range of {@code long}. */
    AMOUNT_OVERFLOW,
    /** A date or date-time did not match its wire format or named no real calendar day. */
    BAD_DATE,
    /** Text that should be hexadecimal was not. */
    BAD_HEX,
    /** The remote party answered with a client error (HTTP 4xx): the request must not be retried as is. */
    REMOTE_REJECTED,
    /** The remote party answered with a server error (HTTP 5xx) or asked us to slow down (429). */
    REMOTE_UNAVAILABLE,
    /** The remote party could not be reached, or the connection failed mid-exchange. */
    TRANSPORT_FAILED,
    /** The remote party did not answer within the configured timeout. */
    TIMEOUT,
    /** The remote party's answer could not be read (malformed JSON, wrong shape). */
    BAD_RESPONSE,
    /**
     * The remote party answered with a redirect (HTTP 3xx) that the transport did not follow: to
     * another host, or changing the method, or at all unless same-host redirects were allowed.
     * The configured endpoint is wrong or the answer is hostile; the call must not be retried as is.
     */
    REMOTE_REDIRECTED,
    /**
     * The SDK is set up wrongly on this machine (a package not opened to Jackson, a type Jackson
     * cannot construct, a missing provider). A programming or deployment error: never retry.
     */
    MISCONFIGURED;

    /** {@code "core"}. */
    @Override
    public String namespace() {
        return "core";
    }
}
