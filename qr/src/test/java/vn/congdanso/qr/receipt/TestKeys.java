package vn.congdanso.qr.receipt;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;

/** EC keys for tests: fresh P-256 pairs and the JWKs of the COSE working group's examples. */
public final class TestKeys {

    private TestKeys() {
    }

    public static KeyPair p256() {
        return generate("secp256r1");
    }

    public static KeyPair generate(String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(curve));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PublicKey publicJwk(JsonNode jwk) {
        try {
            ECParameterSpec params = params(jwk.get("crv").asText());
            ECPoint point = new ECPoint(unsigned(jwk.get("x").asText()), unsigned(jwk.get("y").asText()));
            return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, params));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PrivateKey privateJwk(JsonNode jwk) {
        try {
            ECParameterSpec params = params(jwk.get("crv").asText());
            return KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(unsigned(jwk.get("d").asText()), params));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECParameterSpec params(String crv) throws GeneralSecurityException {
        String name = switch (crv) {
            case "P-256" -> "secp256r1";
            case "P-384" -> "secp384r1";
            default -> "secp521r1";
        };
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec(name));
        return parameters.getParameterSpec(ECParameterSpec.class);
    }

    private static BigInteger unsigned(String base64url) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(base64url));
    }
}
