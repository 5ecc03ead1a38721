package vn.congdanso.onestop.fees.sandbox;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import vn.congdanso.http.Transport;
import vn.congdanso.onestop.desk.DeskAddress;
import vn.congdanso.onestop.desk.DeskDefaults;
import vn.congdanso.payments.momo.MomoClient;
import vn.congdanso.payments.momo.MomoConfig;
import vn.congdanso.payments.vnpay.VnpayClient;
import vn.congdanso.payments.vnpay.VnpayConfig;
import vn.congdanso.payments.zalopay.ZalopayClient;
import vn.congdanso.payments.zalopay.ZalopayConfig;

/**
 * The SDK's real gateway clients, on the desk's credentials, pointed at the sandbox gateway
 * instead of VNPay, MoMo and ZaloPay: the same requests, the same signatures, sent over HTTP to
 * the desk itself. MoMo's and ZaloPay's clients take a base URL and append the gateway's own
 * API paths, so the sandbox answers at those paths ({@link SandboxMomoApi}, {@link SandboxZalopayApi}).
 * Built on first use, once the web server's port is known, on the desk's clock.
 */
@Component
@ConditionalOnProperty(name = DeskDefaults.SANDBOX, havingValue = "true")
public class SandboxClients {

    /** The sandbox's VNPay payment page (the real one is {@code vpcpay.html} too). */
    public static final String VNPAY_PAYMENT_PATH = "/sandbox-gateway/vnpay/vpcpay.html";
    /** The sandbox's VNPay transaction API (querydr). */
    public static final String VNPAY_API_PATH = "/sandbox-gateway/vnpay/merchant_webapi/api/transaction";

    private final GatewayKeys keys;
    private final DeskAddress address;
    private final Clock clock;
    private final SingletonSupplier<VnpayClient> vnpay;
    private final SingletonSupplier<MomoClient> momo;
    private final SingletonSupplier<ZalopayClient> zalopay;

    SandboxClients(GatewayKeys keys, DeskAddress address, Transport transport, Clock clock) {
        this.keys = keys;
        this.address = address;
        this.clock = clock;
        this.vnpay = SingletonSupplier.of(() -> VnpayClient.create(vnpayConfig(), transport));
        this.momo = SingletonSupplier.of(() -> MomoClient.create(MomoConfig.builder()
                .partnerCode(keys.momoPartnerCode()).accessKey(keys.momoAccessKey())
                .secretKeys(keys.momoSecretKey()).baseUrl(address.loopbackUrl()).clock(clock).build(), transport));
        this.zalopay = SingletonSupplier.of(() -> ZalopayClient.create(ZalopayConfig.builder()
                .appId(keys.zalopayAppId()).key1(keys.zalopayKey1()).key2s(keys.zalopayKey2())
                .baseUrl(address.loopbackUrl()).clock(clock).build(), transport));
    }

    /**
     * The VNPay configuration whose payment URLs lead to the sandbox's payment page at the desk's
     * public address (where the citizen's browser reaches it) and whose queries go to the sandbox
     * over the loopback address, dated by the desk's clock.
     */
    public VnpayConfig vnpayConfig() {
        return keys.vnpayConfig().paymentUrl(address.publicUrl() + VNPAY_PAYMENT_PATH)
                .apiUrl(address.loopbackUrl() + VNPAY_API_PATH).expireAfter(PaymentWindow.DURATION).clock(clock).build();
    }

    /** VNPay's client (querydr) on the sandbox. */
    public VnpayClient vnpay() {
        return vnpay.obtain();
    }

    /** MoMo's client (create, query) on the sandbox. */
    public MomoClient momo() {
        return momo.obtain();
    }

    /** ZaloPay's client (create, query) on the sandbox. */
    public ZalopayClient zalopay() {
        return zalopay.obtain();
    }
}
