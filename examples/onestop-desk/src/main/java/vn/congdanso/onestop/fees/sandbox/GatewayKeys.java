package vn.congdanso.onestop.fees.sandbox;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.congdanso.core.Secret;
import vn.congdanso.payments.vnpay.VnpayConfig;
import vn.congdanso.spring.CongdansoProperties;

/**
 * The gateway credentials the desk runs on (the environment's, or the sandbox ones generated in
 * the data folder), read from the starter's bound properties: what the sandbox gateway signs and
 * verifies with, and what the desk signs VNPay payment URLs with. Secrets stay {@link Secret}s.
 */
@Component
public class GatewayKeys {

    private final CongdansoProperties.Payments payments;

    GatewayKeys(CongdansoProperties properties) {
        this.payments = properties.getPayments();
    }

    /** VNPay's terminal code. */
    public String vnpayTmnCode() {
        return payments.getVnpay().getTmnCode();
    }

    /** VNPay's signing hash secret (the first configured). */
    public Secret vnpayHashSecret() {
        return first(payments.getVnpay().getHashSecret());
    }

    /** A VNPay configuration of this terminal, on VNPay's endpoints for the configured environment. */
    public VnpayConfig.Builder vnpayConfig() {
        VnpayConfig.Builder config = VnpayConfig.builder().tmnCode(vnpayTmnCode()).hashSecrets(vnpayHashSecret());
        return payments.getVnpay().getEnvironment() == CongdansoProperties.Environment.PRODUCTION
                ? config.production() : config.sandbox();
    }

    /** MoMo's partner code. */
    public String momoPartnerCode() {
        return payments.getMomo().getPartnerCode();
    }

    /** MoMo's access key. */
    public Secret momoAccessKey() {
        return Secret.of(payments.getMomo().getAccessKey());
    }

    /** MoMo's signing secret key. */
    public Secret momoSecretKey() {
        return first(payments.getMomo().getSecretKey());
    }

    /** ZaloPay's app id. */
    public String zalopayAppId() {
        return payments.getZalopay().getAppId();
    }

    /** ZaloPay's key1, which signs the merchant's requests. */
    public Secret zalopayKey1() {
        return Secret.of(payments.getZalopay().getKey1());
    }

    /** ZaloPay's current key2, which signs ZaloPay's callbacks. */
    public Secret zalopayKey2() {
        return first(payments.getZalopay().getKey2());
    }

    /** The desk's callback (IPN) endpoint paths. */
    public CongdansoProperties.Callbacks callbackPaths() {
        return payments.getCallbacks();
    }

    private static Secret first(List<String> secrets) {
        if (secrets.isEmpty()) {
            throw new IllegalStateException("a gateway secret is not configured");
        }
        return Secret.of(secrets.get(0));
    }
}
