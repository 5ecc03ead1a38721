package vn.congdanso.identity.chip;

import java.security.PublicKey;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One SecurityInfo of DG14 (ICAO 9303-11): the protocol's object identifier and, for chip
 * authentication public key infos, the key. Exposed for information: chip authentication needs a
 * live card and is not performed.
 *
 * @param protocol the protocol's object identifier, dotted
 * @param publicKey the public key, when the info carries one the JCA can represent
 * @param encodedHex the whole SecurityInfo, DER, in hexadecimal
 */
public record SecurityInfo(String protocol, Optional<PublicKey> publicKey, String encodedHex) {

    /** Rejects nulls. */
    public SecurityInfo {
        requireNonNull(protocol, "protocol == null");
        requireNonNull(publicKey, "publicKey == null");
        requireNonNull(encodedHex, "encodedHex == null");
    }
}
