package vn.congdanso.onestop.fees;

import java.time.Clock;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.text.VietnameseText;
import vn.congdanso.onestop.desk.DeskAddress;
import vn.congdanso.onestop.fees.sandbox.GatewayKeys;
import vn.congdanso.onestop.fees.sandbox.PaymentWindow;
import vn.congdanso.onestop.fees.sandbox.SandboxClients;
import vn.congdanso.onestop.fees.sandbox.SandboxModes;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.momo.MomoClient;
import vn.congdanso.payments.momo.MomoCreateRequest;
import vn.congdanso.payments.vnpay.VnpayConfig;
import vn.congdanso.payments.vnpay.VnpayPaymentRequest;
import vn.congdanso.payments.vnpay.VnpaySigner;
import vn.congdanso.payments.zalopay.ZalopayClient;
import vn.congdanso.payments.zalopay.ZalopayOrderRequest;
import vn.congdanso.payments.zalopay.ZalopayOrderResult;

/**
 * Where to send a payer: VNPay's signed payment URL, or the payment page MoMo or ZaloPay gives
 * for a created payment. On the sandbox credentials these lead to the built-in sandbox gateway,
 * built and signed by the SDK exactly as for the real gateway; on real credentials, to the
 * gateway itself (VNPay's environment from {@code congdanso.payments.vnpay.environment}, the
 * starter's MoMo and ZaloPay clients). Every address handed to a gateway (return, IPN and
 * callback URLs) is on the desk's public address ({@link DeskAddress#publicUrl()}), never on
 * the request's {@code Host} header.
 */
@Component
class PaymentLinks {

    private static final String APP_USER = "onestop-desk";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final GatewayKeys keys;
    private final SandboxModes modes;
    private final ObjectProvider<SandboxClients> sandbox;
    private final ObjectProvider<MomoClient> momo;
    private final ObjectProvider<ZalopayClient> zalopay;
    private final DeskAddress address;
    private final Clock clock;

    PaymentLinks(GatewayKeys keys, SandboxModes modes, ObjectProvider<SandboxClients> sandbox,
            ObjectProvider<MomoClient> momo, ObjectProvider<ZalopayClient> zalopay, DeskAddress address, Clock clock) {
        this.keys = keys;
        this.modes = modes;
        this.sandbox = sandbox;
        this.momo = momo;
        this.zalopay = zalopay;
        this.address = address;
        this.clock = clock;
    }

    /**
     * VNPay's payment URL for {@code order}, stamped with the order's creation time (which the
     * reconciler's {@code querydr} names the payment by); empty when VNPay is not offered or the
     * URL would have expired ({@link #vnpayExpired}).
     *
     * @param clientIp the payer's IP address
     */
    Optional<String> vnpay(FeeOrder order, String clientIp) {
        if (!modes.offered(Gateway.VNPAY) || vnpayExpired(order)) {
            return Optional.empty();
        }
        VnpayConfig config = modes.sandboxed(Gateway.VNPAY) ? sandbox.getObject().vnpayConfig()
                : keys.vnpayConfig().expireAfter(PaymentWindow.DURATION).clock(clock).build();
        VnpayPaymentRequest request = VnpayPaymentRequest.builder().amount(order.amount()).txnRef(order.ref())
                .orderInfo(orderInfo(order)).returnUrl(returnUrl(order)).ipAddr(ipAddress(clientIp))
                .createDate(order.createdAt()).build();
        return Optional.of(VnpaySigner.create(config).paymentUrl(request));
    }

    /**
     * Whether VNPay's URL for {@code order} is past its validity: it is dated by the order's
     * creation (querydr finds the payment by that date, so it cannot be re-dated), and valid for
     * {@link PaymentWindow#DURATION} from then. The payer makes a new order instead.
     */
    boolean vnpayExpired(FeeOrder order) {
        return !order.createdAt().plus(PaymentWindow.DURATION).isAfter(clock.instant());
    }

    /** Creates the MoMo payment of {@code order} and returns MoMo's payment page. */
    String momo(FeeOrder order) {
        MomoClient client = modes.sandboxed(Gateway.MOMO) ? sandbox.getObject().momo()
                : required(momo.getIfAvailable(), "MoMo");
        MomoCreateRequest request = MomoCreateRequest.builder().orderId(order.ref()).amount(order.amount())
                .orderInfo(orderInfo(order)).redirectUrl(returnUrl(order))
                .ipnUrl(address.publicUrl() + keys.callbackPaths().getMomoPath()).build();
        return client.create(request).payUrl();
    }

    /**
     * Creates the ZaloPay order of {@code order} and returns ZaloPay's payment page. ZaloPay dates
     * its {@code app_trans_id} on the day it is created, so an order is offered to ZaloPay only on
     * the day it was made.
     *
     * @throws RejectedException {@link FeeError#PAYMENT_NOT_OFFERED} for an order of another day,
     *         or when ZaloPay's client dated the {@code app_trans_id} on another day than the order
     */
    String zalopay(FeeOrder order) {
        String today = FeeOrders.dayOf(clock.instant());
        if (!order.ref().startsWith(today + "_")) {
            throw new RejectedException(FeeError.PAYMENT_NOT_OFFERED,
                    "ZaloPay takes an order only on the day it was made; make a new order");
        }
        ZalopayClient client = modes.sandboxed(Gateway.ZALOPAY) ? sandbox.getObject().zalopay()
                : required(zalopay.getIfAvailable(), "ZaloPay");
        String embedData = JSON.createObjectNode().put("redirecturl", returnUrl(order)).toString();
        ZalopayOrderRequest request = new ZalopayOrderRequest(order.ref().substring(today.length() + 1), APP_USER,
                order.amount(), VietnameseText.truncate(orderInfo(order), 256), "[]", embedData, "",
                Optional.of(address.publicUrl() + keys.callbackPaths().getZalopayPath()));
        ZalopayOrderResult created = client.create(request);
        if (!created.appTransId().equals(order.ref())) {
            throw new RejectedException(FeeError.PAYMENT_NOT_OFFERED, "ZaloPay dated the payment "
                    + created.appTransId() + ", not as order " + order.ref() + "; make a new order");
        }
        return created.orderUrl();
    }

    /** Whether ZaloPay can take {@code order} now: offered, and on the day the order was made. */
    boolean zalopayOffered(FeeOrder order) {
        return modes.offered(Gateway.ZALOPAY) && order.ref().startsWith(FeeOrders.dayOf(clock.instant()) + "_");
    }

    private static String orderInfo(FeeOrder order) {
        return "Le phi " + order.ref() + " " + order.description();
    }

    private String returnUrl(FeeOrder order) {
        return address.publicUrl() + "/fees/" + order.ref();
    }

    /** The payer's address as VNPay takes it; the loopback address when it is not plain IPv4 or IPv6. */
    private static String ipAddress(String clientIp) {
        return clientIp != null && clientIp.matches("[0-9A-Fa-f.:]{2,45}") ? clientIp : "127.0.0.1";
    }

    private static <T> T required(T client, String gateway) {
        if (client == null) {
            throw new IllegalStateException(gateway + " is configured without its API client");
        }
        return client;
    }
}
