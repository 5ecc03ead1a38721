package vn.congdanso.spring.internal;

import java.util.List;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

import vn.congdanso.core.Secret;
import vn.congdanso.payments.momo.MomoVerifier;
import vn.congdanso.payments.payos.PayosVerifier;
import vn.congdanso.payments.vnpay.VnpayVerifier;
import vn.congdanso.payments.zalopay.ZalopayVerifier;
import vn.congdanso.spring.CongdansoProperties;

/**
 * Builds the gateway verifiers from the bound properties, converting every secret to a
 * {@link Secret} at once. A missing or blank value fails start-up with an
 * {@link InvalidConfigurationPropertyValueException} that names the property; a secret's value
 * is never echoed.
 */
public final class Verifiers {

    private static final String MASK = "******";
    private static final String PREFIX = "congdanso.payments.";

    private Verifiers() {
    }

    /** The VNPay verifier of {@code vnpay}'s terminal. */
    public static VnpayVerifier vnpay(CongdansoProperties.Vnpay vnpay) {
        String tmnCode = required(vnpay.getTmnCode(), "vnpay.tmn-code", "the VNPay terminal code is required");
        Secret[] secrets = secrets(vnpay.getHashSecret(), "vnpay.hash-secret");
        return VnpayVerifier.of(tmnCode, secrets[0], rest(secrets));
    }

    /** The MoMo verifier of {@code momo}'s partner. */
    public static MomoVerifier momo(CongdansoProperties.Momo momo) {
        String partnerCode = required(momo.getPartnerCode(), "momo.partner-code", "the MoMo partner code is required");
        String accessKey = momo.getAccessKey();
        if (accessKey == null || accessKey.isBlank()) {
            throw new InvalidConfigurationPropertyValueException(PREFIX + "momo.access-key", null,
                    "the MoMo access key is required");
        }
        Secret[] secrets = secrets(momo.getSecretKey(), "momo.secret-key");
        return MomoVerifier.of(partnerCode, Secret.of(accessKey), secrets[0], rest(secrets));
    }

    /** The ZaloPay verifier of {@code zalopay}'s app. */
    public static ZalopayVerifier zalopay(CongdansoProperties.Zalopay zalopay) {
        String appId = required(zalopay.getAppId(), "zalopay.app-id", "the ZaloPay app id is required");
        Secret[] secrets = secrets(zalopay.getKey2(), "zalopay.key2");
        return ZalopayVerifier.of(appId, secrets[0], rest(secrets));
    }

    /** The payOS verifier of {@code payos}'s channel. */
    public static PayosVerifier payos(CongdansoProperties.Payos payos) {
        String clientId = required(payos.getClientId(), "payos.client-id", "the payOS client id is required");
        Secret[] secrets = secrets(payos.getChecksumKey(), "payos.checksum-key");
        return PayosVerifier.of(clientId, secrets[0], rest(secrets));
    }

    static String required(String value, String name, String reason) {
        if (value == null || value.isBlank()) {
            throw new InvalidConfigurationPropertyValueException(PREFIX + name, value, reason);
        }
        return value.strip();
    }

    static Secret[] secrets(List<String> values, String name) {
        if (values == null || values.isEmpty()) {
            throw new InvalidConfigurationPropertyValueException(PREFIX + name, null, "at least one key is required");
        }
        Secret[] secrets = new Secret[values.size()];
        for (int i = 0; i < secrets.length; i++) {
            String value = values.get(i);
            if (value == null || value.isBlank()) {
                throw new InvalidConfigurationPropertyValueException(PREFIX + name + "[" + i + "]", MASK,
                        "a key must not be blank");
            }
            secrets[i] = Secret.of(value);
        }
        return secrets;
    }

    static Secret[] rest(Secret[] secrets) {
        Secret[] rest = new Secret[secrets.length - 1];
        System.arraycopy(secrets, 1, rest, 0, rest.length);
        return rest;
    }
}
