package vn.congdanso.qr.receipt.internal;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Iterator;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.receipt.ReceiptError;

import static java.util.Objects.requireNonNull;

/**
 * A COSE_Sign1 message (RFC 9052 section 4.2): protected header, unprotected header, payload,
 * signature, tagged 18 or untagged. Decoding checks the structure only; {@link #verify} checks
 * the signature. Immutable and thread-safe.
 */
public final class CoseSign1 {

    /** The CBOR tag of COSE_Sign1. */
    public static final int TAG = 18;
    /** Header label of the algorithm. */
    public static final String ALG = "1";
    /** Header label of the key identifier. */
    public static final String KID = "4";

    private static final byte[] NO_AAD = new byte[0];

    private final byte[] protectedBytes;
    private final ObjectNode protectedHeader;
    private final ObjectNode unprotectedHeader;
    private final byte[] payload;
    private final byte[] signature;

    private CoseSign1(byte[] protectedBytes, ObjectNode protectedHeader, ObjectNode unprotectedHeader, byte[] payload,
            byte[] signature) {
        this.protectedBytes = protectedBytes;
        this.protectedHeader = protectedHeader;
        this.unprotectedHeader = unprotectedHeader;
        this.payload = payload;
        this.signature = signature;
    }

    /**
     * Decodes a COSE_Sign1 structure.
     *
     * @throws RejectedException {@link ReceiptError#BAD_COSE} for anything but a four-element
     *                           array [bstr, map, bstr, bstr] tagged 18 or untagged, whose protected
     *                           bytes are empty or one map, with no label in both headers
     */
    public static CoseSign1 decode(byte[] bytes) {
        requireNonNull(bytes, "bytes == null");
        Cbor.Item item = Cbor.read(bytes, ReceiptError.BAD_COSE, "COSE_Sign1");
        JsonNode array = item.node();
        if (item.tag() != -1 && item.tag() != TAG) {
            throw malformed("COSE_Sign1 has tag " + item.tag() + " instead of " + TAG);
        }
        if (!array.isArray() || array.size() != 4 || !array.get(0).isBinary() || !array.get(1).isObject()
                || !array.get(2).isBinary() || !array.get(3).isBinary()) {
            throw malformed("COSE_Sign1 is not [protected bstr, unprotected map, payload bstr, signature bstr]");
        }
        byte[] protectedBytes = binary(array.get(0));
        ObjectNode protectedHeader = protectedHeader(protectedBytes);
        ObjectNode unprotectedHeader = (ObjectNode) array.get(1);
        for (Iterator<String> labels = unprotectedHeader.fieldNames(); labels.hasNext(); ) {
            if (protectedHeader.has(labels.next())) {
                throw malformed("a COSE header label appears in both buckets");
            }
        }
        return new CoseSign1(protectedBytes, protectedHeader, unprotectedHeader, binary(array.get(2)), binary(array.get(3)));
    }

    private static ObjectNode protectedHeader(byte[] bytes) {
        if (bytes.length == 0) {
            return JsonNodeFactory.instance.objectNode();
        }
        JsonNode header = Cbor.read(bytes, ReceiptError.BAD_COSE, "COSE protected header").node();
        if (!header.isObject()) {
            throw malformed("COSE protected header is not a map");
        }
        return (ObjectNode) header;
    }

    /**
     * Signs {@code payload} as a tagged COSE_Sign1 whose protected header holds {@code alg} and
     * {@code kid}, with an empty unprotected header.
     */
    public static byte[] sign(Ecdsa.Algorithm algorithm, byte[] kid, byte[] payload, PrivateKey key, byte[] externalAad) {
        byte[] protectedBytes = Cbor.write(g -> {
            g.writeStartObject(null, 2);
            g.writeFieldId(1);
            g.writeNumber(algorithm.coseId());
            g.writeFieldId(4);
            g.writeBinary(kid);
            g.writeEndObject();
        });
        byte[] signature = Ecdsa.sign(algorithm, key, toBeSigned(protectedBytes, externalAad, payload));
        return Cbor.write(g -> {
            g.writeTag(TAG);
            g.writeStartArray(null, 4);
            g.writeBinary(protectedBytes);
            g.writeStartObject(null, 0);
            g.writeEndObject();
            g.writeBinary(payload);
            g.writeBinary(signature);
            g.writeEndArray();
        });
    }

    /**
     * The Sig_structure bytes the signature covers ({@code ["Signature1", protected, aad, payload]}).
     * A protected header that encodes an empty map counts as the zero-length byte string RFC 9052
     * prescribes for it, as the COSE working group's examples expect.
     */
    public byte[] toBeSigned(byte[] externalAad) {
        return toBeSigned(protectedHeader.isEmpty() ? NO_AAD : protectedBytes, externalAad, payload);
    }

    private static byte[] toBeSigned(byte[] protectedBytes, byte[] externalAad, byte[] payload) {
        byte[] aad = externalAad == null ? NO_AAD : externalAad;
        return Cbor.write(g -> {
            g.writeStartArray(null, 4);
            g.writeString("Signature1");
            g.writeBinary(protectedBytes);
            g.writeBinary(aad);
            g.writeBinary(payload);
            g.writeEndArray();
        });
    }

    /**
     * The signature algorithm, from the protected header or else the unprotected one.
     *
     * @throws RejectedException {@link ReceiptError#UNSUPPORTED_ALGORITHM} when it is missing or is
     *                           not ES256, ES384 or ES512
     */
    public Ecdsa.Algorithm algorithm() {
        JsonNode alg = header(ALG).orElseThrow(() ->
                new RejectedException(ReceiptError.UNSUPPORTED_ALGORITHM, "COSE message names no algorithm"));
        Ecdsa.Algorithm algorithm = alg.isIntegralNumber() && alg.canConvertToLong() ? Ecdsa.Algorithm.ofCoseId(alg.longValue()) : null;
        if (algorithm == null) {
            throw new RejectedException(ReceiptError.UNSUPPORTED_ALGORITHM, "COSE algorithm is not an ECDSA algorithm this SDK supports");
        }
        return algorithm;
    }

    /** Whether the algorithm label sits in the protected header. */
    public boolean algorithmProtected() {
        return protectedHeader.has(ALG);
    }

    /**
     * The key identifier, from the protected header or else the unprotected one.
     *
     * @throws RejectedException {@link ReceiptError#BAD_COSE} when it is present but not a bstr
     */
    public Optional<byte[]> kid() {
        Optional<JsonNode> kid = header(KID);
        if (kid.isPresent() && !kid.get().isBinary()) {
            throw malformed("COSE kid is not a byte string");
        }
        return kid.map(CoseSign1::binary);
    }

    /** The payload bytes (a copy). */
    public byte[] payload() {
        return payload.clone();
    }

    /**
     * Checks the signature with {@code key} over the payload and {@code externalAad} (null for none).
     *
     * @throws RejectedException {@link ReceiptError#UNSUPPORTED_ALGORITHM} as {@link #algorithm()},
     *                           {@link ReceiptError#BAD_SIGNATURE} when it does not verify
     */
    public void verify(PublicKey key, byte[] externalAad) {
        requireNonNull(key, "key == null");
        if (!Ecdsa.verify(algorithm(), key, toBeSigned(externalAad), signature)) {
            throw new RejectedException(ReceiptError.BAD_SIGNATURE, "COSE signature does not verify");
        }
    }

    /** Whether the signature verifies with {@code key}, without external AAD. */
    public boolean verifiesWith(PublicKey key) {
        return Ecdsa.verify(algorithm(), key, toBeSigned(NO_AAD), signature);
    }

    private Optional<JsonNode> header(String label) {
        JsonNode value = protectedHeader.get(label);
        return Optional.ofNullable(value != null ? value : unprotectedHeader.get(label));
    }

    private static byte[] binary(JsonNode node) {
        try {
            return node.binaryValue();
        } catch (java.io.IOException e) {
            throw malformed("COSE byte string cannot be read");
        }
    }

    private static RejectedException malformed(String message) {
        return new RejectedException(ReceiptError.BAD_COSE, message);
    }
}
