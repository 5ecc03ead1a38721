package vn.congdanso.onestop.desk;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;

/** Fresh P-256 key pairs for what the desk generates on first start (receipt key, chip fixtures). */
public final class P256 {

    private static final SecureRandom RANDOM = new SecureRandom();

    private P256() {
    }

    /** A new key pair on secp256r1 from a {@link SecureRandom}. */
    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot generate P-256 keys", e);
        }
    }
}
