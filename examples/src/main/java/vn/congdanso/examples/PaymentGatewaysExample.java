package vn.congdanso.examples;

import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Secret;
import vn.congdanso.core.Vnd;
import vn.congdanso.core.time.VnTime;
import vn.congdanso.payments.CallbackAck;
import vn.congdanso.payments.CallbackOutcome;
import vn.congdanso.payments.CallbackVerifier;
import vn.congdanso.payments.RawCallback;
import vn.congdanso.payments.VerifiedCallback;
import vn.congdanso.payments.momo.MomoVerifier;
import vn.congdanso.payments.payos.PayosVerifier;
import vn.congdanso.payments.vnpay.VnpayConfig;
import vn.congdanso.payments.vnpay.VnpayPaymentRequest;
import vn.congdanso.payments.vnpay.VnpaySigner;
import vn.congdanso.payments.vnpay.VnpayVerifier;
import vn.congdanso.payments.zalopay.ZalopayVerifier;

/**
 * A province app collects a civil-status fee through VNPay, verifies the IPN and answers it, and
 * verifies MoMo, ZaloPay and payOS callbacks through the same {@link CallbackVerifier} into one
 * {@link VerifiedCallback} shape, each answered with its gateway's acknowledgement. Offline: the gateway
 * side of each exchange is simulated or taken from the gateways' published sandbox samples.
 */
final class PaymentGatewaysExample implements Example {

    private static final String VNPAY_SECRET = "EXAMPLE_HASH_SECRET_NOT_REAL";
    private static final String MOMO_IPN = "{\"partnerCode\":\"MOMO\",\"orderId\":\"MOMO1721014629740\","
            + "\"requestId\":\"MOMO1721014629740\",\"amount\":50000,\"orderInfo\":\"pay with MoMo\","
            + "\"orderType\":\"momo_wallet\",\"transId\":4084757146,\"resultCode\":0,\"message\":\"Thành công.\","
            + "\"payType\":\"qr\",\"responseTime\":1721014660600,\"extraData\":\"\","
            + "\"signature\":\"a5f1ec2a40181e82ae63153bad277bc6d46451a6724fecc88a92a6e869ea2621\"}";
    private static final String ZALOPAY_CALLBACK = "{\"data\":\"{\\\"app_id\\\":2553,\\\"app_trans_id\\\":"
            + "\\\"200904_2553_1598435687208\\\",\\\"app_time\\\":1599189392817,\\\"app_user\\\":\\\"demo\\\","
            + "\\\"amount\\\":10000,\\\"embed_data\\\":\\\"{\\\\\\\"merchantinfo\\\\\\\":\\\\\\\"embeddata123\\\\\\\","
            + "\\\\\\\"promotioninfo\\\\\\\":\\\\\\\"\\\\\\\"}\\\",\\\"item\\\":\\\"[{\\\\\\\"itemid\\\\\\\":"
            + "\\\\\\\"knb\\\\\\\",\\\\\\\"itemname\\\\\\\":\\\\\\\"kim nguyen bao\\\\\\\",\\\\\\\"itemprice\\\\\\\":"
            + "198400,\\\\\\\"itemquantity\\\\\\\":1}]\\\",\\\"zp_trans_id\\\":200904000000389,\\\"server_time\\\":"
            + "1599189413498,\\\"channel\\\":38,\\\"merchant_user_id\\\":"
            + "\\\"7ZMSl3nEg5sOUJzOLSoUFT8xKNQVaLOLXHB--8Eytqc\\\",\\\"user_fee_amount\\\":0,"
            + "\\\"discount_amount\\\":0}\",\"mac\":\"d8d33baf449b31d7f9b94fa50d7c942c08cd4d83f28fa185557da21acb104f67\","
            + "\"type\":1}";
    private static final String PAYOS_WEBHOOK = "{\"code\":\"00\",\"desc\":\"success\",\"success\":true,\"data\":{"
            + "\"orderCode\":123,\"amount\":3000,\"description\":\"VQRIO123\",\"accountNumber\":\"12345678\","
            + "\"reference\":\"TF230204212323\",\"transactionDateTime\":\"2023-02-04 18:25:00\",\"currency\":\"VND\","
            + "\"paymentLinkId\":\"124c33293c43417ab7879e14c8d9eb18\",\"code\":\"00\",\"desc\":\"Thành công\","
            + "\"counterAccountBankId\":\"\",\"counterAccountBankName\":\"\",\"counterAccountName\":\"\","
            + "\"counterAccountNumber\":\"\",\"virtualAccountName\":\"\",\"virtualAccountNumber\":\"\"},"
            + "\"signature\":\"412e915d2871504ed31be63c8f62a149a4410d34c4c42affc9006ef9917eaa03\"}";

    @Override
    public String title() {
        return "payments: VNPay, MoMo, ZaloPay and payOS with verified callbacks";
    }

    @Override
    public void run(PrintStream out) {
        VnpayConfig config = VnpayConfig.builder().tmnCode("DEMOV210").hashSecrets(Secret.of(VNPAY_SECRET))
                .clock(Clock.fixed(Instant.parse("2026-11-29T03:15:00Z"), VnTime.ZONE)).build();
        String url = VnpaySigner.create(config).paymentUrl(VnpayPaymentRequest.builder().amount(Vnd.of(120_000))
                .txnRef("HS-0001").orderInfo("Lệ phí cấp bản sao trích lục khai sinh")
                .returnUrl("https://dichvucong.tinh.gov.vn/vnpay/return").ipAddr("203.0.113.7").build());
        out.println("1. Fee of " + Vnd.of(120_000).format() + ": send the citizen to VNPay (dates in GMT+7, amount ×100):");
        out.println("   " + url.substring(0, 120) + "…");

        String ipn = simulatedVnpayIpn(config);
        VnpayVerifier verifier = VnpayVerifier.create(config);
        VerifiedCallback callback = verifier.verify(RawCallback.get(ipn));
        boolean matchesOrder = callback.orderRef().equals("HS-0001") && callback.amount().equals(Vnd.of(120_000));
        CallbackOutcome outcome = callback.paid() && matchesOrder ? CallbackOutcome.APPLIED : CallbackOutcome.AMOUNT_MISMATCH;
        out.println("2. VNPay's IPN verifies: order " + callback.orderRef() + ", " + callback.amount().format()
                + ", " + callback.status() + " → answer " + verifier.acknowledge(outcome).body());

        String tampered = ipn.replace("vnp_Amount=12000000", "vnp_Amount=1200000");
        try {
            verifier.verify(RawCallback.get(tampered));
            throw new IllegalStateException("a tampered IPN must not verify");
        } catch (RejectedException e) {
            out.println("3. Someone lowers the amount: " + e.code().id() + " → answer "
                    + verifier.acknowledge(CallbackOutcome.forFailure(e)).body());
        }

        out.println("4. Every gateway's callback goes through the same CallbackVerifier:");
        Map<CallbackVerifier, RawCallback> callbacks = new LinkedHashMap<>();
        callbacks.put(verifier, RawCallback.get(ipn));
        callbacks.put(MomoVerifier.of("MOMO", Secret.of("F8BBA842ECF85"), Secret.of("K951B6PE1waDMi640xX08PD3vg6EkVlz")),
                RawCallback.postJson(MOMO_IPN));
        callbacks.put(ZalopayVerifier.of("2553", Secret.of("kLtgPl8HHhfvMuDHPwKfgfsY4Ydm9eIz")),
                RawCallback.postJson(ZALOPAY_CALLBACK));
        callbacks.put(PayosVerifier.of("payos-demo", Secret.of("1a54716c8f0efb2744fb28b6e38b25da7f67a925d98bc1c18bd8faaecadd7675")),
                RawCallback.postJson(PAYOS_WEBHOOK));
        callbacks.forEach((gateway, raw) -> {
            VerifiedCallback event = gateway.verify(raw);
            CallbackAck ack = gateway.acknowledge(CallbackOutcome.APPLIED);
            out.println("   " + event + " → HTTP " + ack.status() + (ack.body().isEmpty() ? "" : " " + ack.body()));
        });
    }

    /** What VNPay's server would send to the IPN URL after the citizen paid. */
    private static String simulatedVnpayIpn(VnpayConfig config) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("vnp_Amount", "12000000");
        params.put("vnp_BankCode", "NCB");
        params.put("vnp_OrderInfo", "Le phi cap ban sao trich luc khai sinh");
        params.put("vnp_PayDate", "20261129101800");
        params.put("vnp_ResponseCode", "00");
        params.put("vnp_TmnCode", config.tmnCode());
        params.put("vnp_TransactionNo", "14422574");
        params.put("vnp_TransactionStatus", "00");
        params.put("vnp_TxnRef", "HS-0001");
        params.put("vnp_SecureHash", VnpaySigner.create(config).sign(params));
        StringBuilder query = new StringBuilder();
        params.forEach((k, v) -> query.append(query.length() > 0 ? "&" : "").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return query.toString();
    }
}
