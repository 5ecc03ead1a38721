package vn.congdanso.onestop.signin.devprovider;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

import vn.congdanso.core.Secret;
import vn.congdanso.onestop.desk.DataFolder;

/**
 * The development provider's signing key and the desk's client registration with it, generated
 * on first start and kept, owner-readable only, in the data folder: {@code dev-oidc-key.json}
 * (a P-256 JWK with its private part) and {@code dev-oidc-client.properties} (client id, client
 * secret, and the salt that turns an ID number into a stable, opaque subject).
 *
 * @param signingKey   the ES256 key pair
 * @param clientId     the desk's client id
 * @param clientSecret the desk's client secret
 * @param subjectSalt  keys the subject derivation
 */
record DevCredentials(ECKey signingKey, String clientId, Secret clientSecret, Secret subjectSalt) {

    static final String KEY_FILE = "dev-oidc-key.json";
    static final String CLIENT_FILE = "dev-oidc-client.properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Loads the credentials from {@code folder}, generating what is missing. */
    static DevCredentials loadOrCreate(DataFolder folder) {
        Properties client = client(folder);
        return new DevCredentials(key(folder), client.getProperty("client-id"),
                Secret.of(client.getProperty("client-secret")), Secret.of(client.getProperty("subject-salt")));
    }

    private static ECKey key(DataFolder folder) {
        Path file = folder.file(KEY_FILE);
        try {
            if (Files.exists(file)) {
                return ECKey.parse(Files.readString(file));
            }
            ECKey key = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
                    .keyID("dev-" + UUID.randomUUID().toString().substring(0, 8)).generate();
            folder.writePrivate(KEY_FILE, key.toJSONString());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("the development provider's key in " + file + " is unusable", e);
        }
    }

    private static Properties client(DataFolder folder) {
        Path file = folder.file(CLIENT_FILE);
        Properties client = new Properties();
        try {
            if (Files.exists(file)) {
                client.load(new StringReader(Files.readString(file)));
            }
            if (client.getProperty("client-id") == null || client.getProperty("client-secret") == null
                    || client.getProperty("subject-salt") == null) {
                client.setProperty("client-id", "onestop-desk-" + random(4));
                client.setProperty("client-secret", random(32));
                client.setProperty("subject-salt", random(32));
                StringWriter text = new StringWriter();
                client.store(text, "The desk's client at the built-in development sign-in provider (not VNeID)");
                folder.writePrivate(CLIENT_FILE, text.toString());
            }
            return client;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return bytes <= 4 ? HexFormat.of().formatHex(value) : Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    /** Never shows the key's private part or the secrets. */
    @Override
    public String toString() {
        return "DevCredentials[kid=" + signingKey.getKeyID() + ", client=" + clientId + "]";
    }
}
