package vn.congdanso.spring.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.receipt.PemKeys;
import vn.congdanso.qr.receipt.ReceiptSigner;
import vn.congdanso.qr.receipt.ReceiptVerifier;
import vn.congdanso.spring.CongdansoProperties;

/**
 * Builds the receipt signer and verifier from {@code congdanso.receipts.*}. A key is PEM text
 * or a resource location; a missing resource, an unreadable PEM or a bad claim value fails
 * start-up naming the property, never echoing a private key.
 */
public final class ReceiptKeys {

    private static final String SIGNER = "congdanso.receipts.signer.";
    private static final String PUBLIC_KEYS = "congdanso.receipts.verifier.public-keys";
    private static final int MAX_PEM_BYTES = 64 * 1024;
    private static final String MASK = "******";

    private ReceiptKeys() {
    }

    /** The signer of {@code settings}. */
    public static ReceiptSigner signer(CongdansoProperties.ReceiptSigner settings, ResourceLoader resources,
            Clock clock) {
        String property = SIGNER + "private-key";
        String pem = read(required(settings.getPrivateKey(), property), property, resources, MASK);
        PrivateKey key;
        try {
            key = PemKeys.privateKey(pem);
        } catch (RejectedException e) {
            throw new InvalidConfigurationPropertyValueException(property, MASK, e.getMessage());
        }
        String kid = required(settings.getKid(), SIGNER + "kid");
        String issuer = required(settings.getIssuer(), SIGNER + "issuer");
        try {
            return ReceiptSigner.builder().privateKey(key).kid(kid).issuer(issuer).validity(settings.getValidity())
                    .clock(clock).build();
        } catch (RejectedException e) {
            throw new InvalidConfigurationPropertyValueException(SIGNER.substring(0, SIGNER.length() - 1), null,
                    e.getMessage());
        }
    }

    /** The verifier that trusts the keys of {@code settings}. */
    public static ReceiptVerifier verifier(CongdansoProperties.ReceiptVerifier settings, ResourceLoader resources,
            Clock clock) {
        Map<String, List<PublicKey>> trusted = new LinkedHashMap<>();
        settings.getPublicKeys().forEach((kid, values) -> {
            List<PublicKey> keys = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                String property = PUBLIC_KEYS + "." + kid + "[" + i + "]";
                keys.add(publicKey(read(required(values.get(i), property), property, resources, null), property));
            }
            trusted.put(kid, List.copyOf(keys));
        });
        Map<String, List<PublicKey>> keys = Map.copyOf(trusted);
        return ReceiptVerifier.builder().keys(kid -> keys.getOrDefault(kid, List.of())).clock(clock).build();
    }

    private static PublicKey publicKey(String pem, String property) {
        try {
            return PemKeys.isCertificate(pem) ? PemKeys.certificate(pem).getPublicKey() : PemKeys.publicKey(pem);
        } catch (RejectedException e) {
            throw new InvalidConfigurationPropertyValueException(property, null, e.getMessage());
        }
    }

    private static String read(String value, String property, ResourceLoader resources, String shown) {
        if (value.strip().startsWith("-----BEGIN")) {
            return value;
        }
        Resource resource = resources.getResource(value.strip());
        if (!resource.exists()) {
            throw new InvalidConfigurationPropertyValueException(property, shown == null ? value : shown,
                    "neither PEM text nor an existing resource");
        }
        try (InputStream in = resource.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_PEM_BYTES + 1);
            if (bytes.length > MAX_PEM_BYTES) {
                throw new InvalidConfigurationPropertyValueException(property, shown == null ? value : shown,
                        "larger than " + MAX_PEM_BYTES + " bytes");
            }
            return new String(bytes, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new InvalidConfigurationPropertyValueException(property, shown == null ? value : shown,
                    "unreadable: " + e.getClass().getSimpleName());
        }
    }

    private static String required(String value, String property) {
        if (value == null || value.isBlank()) {
            throw new InvalidConfigurationPropertyValueException(property, null, "required");
        }
        return value;
    }
}
