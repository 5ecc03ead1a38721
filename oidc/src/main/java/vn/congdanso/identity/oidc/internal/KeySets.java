package vn.congdanso.identity.oidc.internal;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;

import vn.congdanso.core.RejectedException;
import vn.congdanso.http.Transport;
import vn.congdanso.http.TransportRequest;
import vn.congdanso.identity.oidc.OidcError;

/** Fetches and checks JWKS documents. */
public final class KeySets {

    /** The most keys a set may hold. */
    public static final int MAX_KEYS = 50;
    /** The largest JWKS document accepted. */
    public static final int MAX_BYTES = 256 * 1024;
    /** The accepted RSA modulus sizes, in bits. */
    public static final int MIN_RSA_BITS = 2048;
    /** The largest RSA modulus accepted, in bits. */
    public static final int MAX_RSA_BITS = 8192;

    private static final Set<Curve> CURVES = Set.of(Curve.P_256, Curve.P_384, Curve.P_521);

    private KeySets() {
    }

    /** Fetches, checks and parses the JWKS {@code request} answers. */
    public static JWKSet parse(Transport transport, TransportRequest request) {
        JsonNode document = Responses.json(transport, request, MAX_BYTES, "JWKS");
        return check(document);
    }

    /** Checks and parses a JWKS document. */
    public static JWKSet parse(byte[] json) {
        return check(Responses.object(json, MAX_BYTES, "JWKS"));
    }

    private static JWKSet check(JsonNode document) {
        JsonNode keys = document.get("keys");
        if (keys == null || !keys.isArray()) {
            throw new RejectedException(OidcError.BAD_PROVIDER_RESPONSE, "the JWKS has no \"keys\" array");
        }
        if (keys.size() > MAX_KEYS) {
            throw new RejectedException(OidcError.BAD_KEY_SET,
                    "the JWKS holds " + keys.size() + " keys, more than " + MAX_KEYS);
        }
        List<JWK> usable = new ArrayList<>();
        for (JsonNode key : keys) {
            JWK jwk = parseKey(key);
            if (isUsable(jwk)) {
                usable.add(jwk.toPublicJWK());
            }
        }
        return new JWKSet(usable);
    }

    private static JWK parseKey(JsonNode key) {
        if (!key.isObject()) {
            throw new RejectedException(OidcError.BAD_KEY_SET, "a JWKS entry is not a JSON object");
        }
        checkRsaSizeBeforeParsing(key);
        try {
            return JWK.parse(Responses.MAPPER.writeValueAsString(key));
        } catch (ParseException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new RejectedException(OidcError.BAD_KEY_SET, "a JWKS entry is not a well-formed JWK", e);
        }
    }

    private static void checkRsaSizeBeforeParsing(JsonNode key) {
        JsonNode modulus = key.get("n");
        if ("RSA".equals(key.path("kty").asText()) && modulus != null && modulus.isTextual()) {
            int bits = modulus.asText().getBytes(StandardCharsets.US_ASCII).length * 6;
            if (bits > MAX_RSA_BITS + 64) {
                throw new RejectedException(OidcError.BAD_KEY_SET, "an RSA key in the JWKS exceeds " + MAX_RSA_BITS + " bits");
            }
        }
    }

    private static boolean isUsable(JWK jwk) {
        if (jwk instanceof RSAKey rsa) {
            int bits = rsa.size();
            if (bits < MIN_RSA_BITS || bits > MAX_RSA_BITS) {
                throw new RejectedException(OidcError.BAD_KEY_SET,
                        "an RSA key in the JWKS has " + bits + " bits, outside " + MIN_RSA_BITS + ".." + MAX_RSA_BITS);
            }
            return true;
        }
        if (jwk instanceof ECKey ec) {
            if (!CURVES.contains(ec.getCurve())) {
                throw new RejectedException(OidcError.BAD_KEY_SET, "an EC key in the JWKS is on an unsupported curve");
            }
            return true;
        }
        return false;
    }
}
