package vn.congdanso.qr.receipt.internal;

import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.procedure.AgencyCode;
import vn.congdanso.qr.procedure.DossierCode;
import vn.congdanso.qr.procedure.ProcedureCode;
import vn.congdanso.qr.receipt.ReceiptError;
import vn.congdanso.qr.receipt.ReceiptSigner;

import static java.util.Objects.requireNonNull;

/**
 * The CBOR claims map of a receipt, as {@code docs/receipt-format.md} defines it. Labels 1 (iss)
 * and 4 (exp) are the CWT claims of RFC 8392; the negative labels belong to this profile: -1
 * dossier code, -2 localized procedure code (whose agency part is the receiving agency), -4
 * received-at, -5 due-at (times in epoch seconds), -6 the salt of {@value IdNumbers#SALT_BYTES}
 * bytes and -7 the first {@value IdNumbers#HASH_BYTES} bytes of SHA-256(salt ‖ ID number).
 * Unknown labels are ignored. The issuer is non-blank Unicode NFC of at most
 * {@value vn.congdanso.qr.receipt.ReceiptSigner#MAX_ISSUER_LENGTH} code points; anything else,
 * or a salt or hash of another length, is {@link ReceiptError#BAD_CLAIMS}.
 *
 * @param issuer     who signed, for display
 * @param expiresAt  after when it no longer verifies
 * @param dossier    the dossier
 * @param procedure  the localized procedure code
 * @param receivedAt when the dossier was received
 * @param dueAt      when the result is due
 * @param idSalt     the salt of the ID-number hash
 * @param idHash     SHA-256(salt ‖ ID number), first 16 bytes
 */
public record Claims(String issuer, Instant expiresAt, DossierCode dossier, ProcedureCode procedure, Instant receivedAt,
        Instant dueAt, byte[] idSalt, byte[] idHash) {

    /**
     * Validates the components against the format.
     *
     * @throws RejectedException {@link ReceiptError#BAD_CLAIMS} for a value the format rules out
     */
    public Claims {
        requireNonNull(issuer, "issuer == null");
        checkIssuer(issuer);
        requireNonNull(expiresAt, "expiresAt == null");
        requireNonNull(dossier, "dossier == null");
        requireNonNull(procedure, "procedure == null");
        if (!procedure.isLocalized()) {
            throw malformed("receipt procedure code must be localized");
        }
        requireNonNull(receivedAt, "receivedAt == null");
        requireNonNull(dueAt, "dueAt == null");
        requireNonNull(idSalt, "idSalt == null");
        requireNonNull(idHash, "idHash == null");
        if (idSalt.length != IdNumbers.SALT_BYTES || idHash.length != IdNumbers.HASH_BYTES) {
            throw malformed("receipt salt has " + IdNumbers.SALT_BYTES + " bytes and ID hash " + IdNumbers.HASH_BYTES);
        }
    }

    private static void checkIssuer(String issuer) {
        if (issuer.isBlank() || issuer.codePointCount(0, issuer.length()) > ReceiptSigner.MAX_ISSUER_LENGTH) {
            throw malformed("receipt issuer must be 1 to " + ReceiptSigner.MAX_ISSUER_LENGTH + " characters");
        }
        if (!Normalizer.isNormalized(issuer, Normalizer.Form.NFC)) {
            throw malformed("receipt issuer is not in Unicode NFC");
        }
    }

    /** The receiving agency: the agency part of the localized procedure code. */
    public AgencyCode agency() {
        return procedure.agency().orElseThrow();
    }

    /** The claims as a definite-length CBOR map. */
    public byte[] encode() {
        return Cbor.write(g -> {
            g.writeStartObject(null, 8);
            g.writeFieldId(1);
            g.writeString(issuer);
            g.writeFieldId(4);
            g.writeNumber(expiresAt.getEpochSecond());
            g.writeFieldId(-1);
            g.writeString(dossier.toString());
            g.writeFieldId(-2);
            g.writeString(procedure.toString());
            g.writeFieldId(-4);
            g.writeNumber(receivedAt.getEpochSecond());
            g.writeFieldId(-5);
            g.writeNumber(dueAt.getEpochSecond());
            g.writeFieldId(-6);
            g.writeBinary(idSalt);
            g.writeFieldId(-7);
            g.writeBinary(idHash);
            g.writeEndObject();
        });
    }

    /**
     * Decodes a claims map.
     *
     * @throws RejectedException {@link ReceiptError#BAD_CLAIMS} when it is not a map holding
     *                           every claim with the right type and a valid value
     */
    public static Claims decode(byte[] bytes) {
        JsonNode map = Cbor.read(bytes, ReceiptError.BAD_CLAIMS, "receipt claims").node();
        if (!map.isObject()) {
            throw malformed("receipt claims are not a map");
        }
        try {
            return new Claims(text(map, "1"), time(map, "4"), DossierCode.parse(text(map, "-1")),
                    ProcedureCode.parse(text(map, "-2")), time(map, "-4"), time(map, "-5"), bytes(map, "-6"), bytes(map, "-7"));
        } catch (RejectedException e) {
            if (e.code() == ReceiptError.BAD_CLAIMS) {
                throw e;
            }
            throw new RejectedException(ReceiptError.BAD_CLAIMS, "receipt claim is invalid: " + e.getMessage());
        }
    }

    private static String text(JsonNode map, String label) {
        JsonNode value = map.get(label);
        if (value == null || !value.isTextual()) {
            throw malformed("receipt claim " + label + " is missing or not text");
        }
        return value.textValue();
    }

    private static Instant time(JsonNode map, String label) {
        JsonNode value = map.get(label);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0
                || value.longValue() > Instant.MAX.getEpochSecond()) {
            throw malformed("receipt claim " + label + " is missing or not a time");
        }
        return Instant.ofEpochSecond(value.longValue());
    }

    private static byte[] bytes(JsonNode map, String label) {
        JsonNode value = map.get(label);
        if (value == null || !value.isBinary()) {
            throw malformed("receipt claim " + label + " is missing or not a byte string");
        }
        try {
            return value.binaryValue();
        } catch (IOException e) {
            throw malformed("receipt claim " + label + " cannot be read");
        }
    }

    private static RejectedException malformed(String message) {
        return new RejectedException(ReceiptError.BAD_CLAIMS, message);
    }
}
