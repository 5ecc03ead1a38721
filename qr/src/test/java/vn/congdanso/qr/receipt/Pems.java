package vn.congdanso.qr.receipt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The PEM test fixtures beside this class (keys generated with openssl for tests only). */
final class Pems {

    private Pems() {
    }

    static String read(String name) {
        try (InputStream in = Pems.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
