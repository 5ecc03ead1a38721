package vn.congdanso.spring.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the values of the congdanso secret properties ({@code hash-secret}, {@code access-key},
 * {@code secret-key}, {@code key1}, {@code key2}, {@code api-key}, {@code client-secret}, {@code checksum-key},
 * {@code private-key}, and list elements of them) wherever
 * an actuator endpoint shows them: by full name under {@code congdanso.} in {@code env}, by
 * simple name in {@code configprops}, and as environment variables
 * ({@code CONGDANSO_PAYMENTS_VNPAY_HASHSECRET}).
 */
public final class SecretSanitizer implements SanitizingFunction {

    private static final Set<String> NAMES = Set.of("hash-secret", "hashsecret", "access-key", "accesskey",
            "secret-key", "secretkey", "key1", "key2", "api-key", "apikey", "client-secret", "clientsecret",
            "checksum-key", "checksumkey", "private-key", "privatekey");
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]$");

    @Override
    public SanitizableData apply(SanitizableData data) {
        String key = INDEX.matcher(data.getKey().toLowerCase(Locale.ROOT)).replaceAll("").replace('_', '.');
        boolean ours = key.startsWith("congdanso.") || key.indexOf('.') < 0;
        String last = key.substring(key.lastIndexOf('.') + 1);
        return ours && NAMES.contains(last) ? data.withSanitizedValue() : data;
    }
}
