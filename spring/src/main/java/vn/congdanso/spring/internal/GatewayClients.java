package vn.congdanso.spring.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Secret;
import vn.congdanso.http.Transport;
import vn.congdanso.payments.callback.CallbackStore;
import vn.congdanso.payments.callback.Order;
import vn.congdanso.payments.momo.MomoClient;
import vn.congdanso.payments.momo.MomoConfig;
import vn.congdanso.payments.payos.PayosClient;
import vn.congdanso.payments.payos.PayosConfig;
import vn.congdanso.payments.vnpay.VnpayClient;
import vn.congdanso.payments.vnpay.VnpayConfig;
import vn.congdanso.payments.vnpay.VnpayPaymentQuery;
import vn.congdanso.payments.zalopay.ZalopayClient;
import vn.congdanso.payments.zalopay.ZalopayConfig;
import vn.congdanso.spring.CongdansoProperties;
import vn.congdanso.spring.CongdansoProperties.Environment;

/**
 * Builds the gateway API clients from the bound properties on the shared {@link Transport}. A
 * missing or bad value fails start-up with an {@link InvalidConfigurationPropertyValueException}
 * naming the property; a secret's value is never echoed.
 */
public final class GatewayClients {

    private static final String PREFIX = "congdanso.payments.";

    private GatewayClients() {
    }

    /** The VNPay client of {@code vnpay}'s terminal. */
    public static VnpayClient vnpay(CongdansoProperties.Vnpay vnpay, Transport transport) {
        String tmnCode = Verifiers.required(vnpay.getTmnCode(), "vnpay.tmn-code",
                "the VNPay terminal code is required");
        Secret[] secrets = Verifiers.secrets(vnpay.getHashSecret(), "vnpay.hash-secret");
        VnpayConfig.Builder config = VnpayConfig.builder().tmnCode(tmnCode)
                .hashSecrets(secrets[0], Verifiers.rest(secrets));
        if (vnpay.getEnvironment() == Environment.PRODUCTION) {
            config.production();
        }
        return VnpayClient.create(config.build(), transport);
    }

    /**
     * The VNPay reconciliation adapter: {@code vnp_TransactionDate} is the order's
     * {@link Order#createdAt()} in {@code store}, so the app stamps each payment URL with that
     * instant (or defines its own {@link VnpayPaymentQuery}).
     */
    public static VnpayPaymentQuery vnpayQuery(CongdansoProperties.Vnpay vnpay, VnpayClient client,
            Optional<CallbackStore> store) {
        String serverIp = Verifiers.required(vnpay.getServerIp(), "vnpay.server-ip",
                "the merchant server's IP address is required");
        Function<String, Optional<Instant>> created = store
                .<Function<String, Optional<Instant>>>map(s -> ref -> s.findOrder(ref).map(Order::createdAt))
                .orElse(ref -> Optional.empty());
        return VnpayPaymentQuery.create(client, serverIp, created);
    }

    /** The MoMo client of {@code momo}'s partner. */
    public static MomoClient momo(CongdansoProperties.Momo momo, Transport transport) {
        String partnerCode = Verifiers.required(momo.getPartnerCode(), "momo.partner-code",
                "the MoMo partner code is required");
        Secret accessKey = secret(momo.getAccessKey(), "momo.access-key", "the MoMo access key is required");
        Secret[] secrets = Verifiers.secrets(momo.getSecretKey(), "momo.secret-key");
        MomoConfig.Builder config = MomoConfig.builder().partnerCode(partnerCode).accessKey(accessKey)
                .secretKeys(secrets[0], Verifiers.rest(secrets));
        if (momo.getEnvironment() == Environment.PRODUCTION) {
            config.production();
        }
        return MomoClient.create(config.build(), transport);
    }

    /** The ZaloPay client of {@code zalopay}'s app. */
    public static ZalopayClient zalopay(CongdansoProperties.Zalopay zalopay, Transport transport) {
        String appId = Verifiers.required(zalopay.getAppId(), "zalopay.app-id", "the ZaloPay app id is required");
        Secret key1 = secret(zalopay.getKey1(), "zalopay.key1", "key1 is required to sign requests");
        Secret[] key2 = Verifiers.secrets(zalopay.getKey2(), "zalopay.key2");
        ZalopayConfig.Builder config = ZalopayConfig.builder().appId(appId).key1(key1)
                .key2s(key2[0], Verifiers.rest(key2));
        if (zalopay.getEnvironment() == Environment.PRODUCTION) {
            config.production();
        }
        try {
            return ZalopayClient.create(config.build(), transport);
        } catch (RejectedException e) {
            throw new InvalidConfigurationPropertyValueException(PREFIX + "zalopay.app-id", appId, "must be digits");
        }
    }

    /** The payOS client of {@code payos}'s channel. */
    public static PayosClient payos(CongdansoProperties.Payos payos, Transport transport) {
        String clientId = Verifiers.required(payos.getClientId(), "payos.client-id", "the payOS client id is required");
        Secret apiKey = secret(payos.getApiKey(), "payos.api-key", "the payOS API key is required");
        Secret[] secrets = Verifiers.secrets(payos.getChecksumKey(), "payos.checksum-key");
        PayosConfig config = PayosConfig.builder().clientId(clientId).apiKey(apiKey)
                .checksumKeys(secrets[0], Verifiers.rest(secrets)).build();
        return PayosClient.create(config, transport);
    }

    private static Secret secret(String value, String name, String reason) {
        if (value == null || value.isBlank()) {
            throw new InvalidConfigurationPropertyValueException(PREFIX + name, null, reason);
        }
        return Secret.of(value);
    }
}
