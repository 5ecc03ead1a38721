package vn.congdanso.onestop.fees;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

import jakarta.servlet.http.HttpServletRequest;


import vn.congdanso.core.CoreError;
import vn.congdanso.core.ErrorCode;
import vn.congdanso.core.RejectedException;

/**
 * A request body read with a bound: at most {@link #MAX_BYTES} bytes (one more is read to tell a
 * longer body), so that a client cannot make the desk buffer an unbounded body. The fee API and
 * the sandbox gateway's JSON APIs read their bodies through it.
 */
public final class BoundedBody {

    /** The largest body taken: 64 KiB, far above any order or gateway request. */
    public static final int MAX_BYTES = 64 * 1024;

    /** The desk's error for a body over the bound ({@code desk.BODY_TOO_LARGE}), answered with 413. */
    public enum Error implements ErrorCode {
        /** The request body is larger than {@link BoundedBody#MAX_BYTES}. */
        BODY_TOO_LARGE;

        @Override
        public String namespace() {
            return "desk";
        }
    }

    private BoundedBody() {
    }

    /**
     * The body as text (in the request's character encoding, UTF-8 by default).
     *
     * @throws RejectedException {@link Error#BODY_TOO_LARGE} over the bound,
     *         {@code core.BAD_ARGUMENT} when the body cannot be read
     */
    public static String read(HttpServletRequest request) {
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream body = request.getInputStream()) {
            bytes = body.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new RejectedException(CoreError.BAD_ARGUMENT, "the request body could not be read", e);
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        return new String(bytes, charset(request.getCharacterEncoding()));
    }

    private static RejectedException tooLarge() {
        return new RejectedException(Error.BODY_TOO_LARGE, "the request body is larger than " + MAX_BYTES + " bytes");
    }

    private static Charset charset(String name) {
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new RejectedException(CoreError.BAD_ARGUMENT, "the request body's charset is not supported");
        }
    }
}
