package vn.congdanso.qr.receipt;

import java.security.PublicKey;
import java.util.List;

/**
 * Where a {@link ReceiptVerifier} finds the keys it trusts. Return several keys for one key
 * identifier during a rotation; the verifier accepts a signature that any of them verifies.
 * Implementations must be thread-safe and must not throw.
 */
@FunctionalInterface
public interface KeySource {

    /** The trusted public keys for {@code kid}; empty when none is known. */
    List<PublicKey> keysFor(String kid);
}
