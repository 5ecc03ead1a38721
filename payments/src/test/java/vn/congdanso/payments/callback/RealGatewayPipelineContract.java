package vn.congdanso.payments.callback;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.congdanso.core.Secret;
import vn.congdanso.core.Vnd;
import vn.congdanso.core.testing.SharedVectors;
import vn.congdanso.payments.CallbackOutcome;
import vn.congdanso.payments.CallbackVerifier;
import vn.congdanso.payments.PaymentStatus;
import vn.congdanso.payments.RawCallback;
import vn.congdanso.payments.momo.MomoVerifier;
import vn.congdanso.payments.payos.PayosVerifier;
import vn.congdanso.payments.vnpay.VnpayVerifier;
import vn.congdanso.payments.zalopay.ZalopayVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateways' real verifiers through the whole pipeline on a database: VNPay IPNs signed in
 * the test the way the shared vector {@code vnpay.json} describes, and the signed MoMo,
 * ZaloPay and payOS callbacks of the shared vectors.
 */
abstract class RealGatewayPipelineContract {

    static final String TMN_CODE = "DEMOV210";
    static final String HASH_SECRET = "TESTSECRET_NOT_REAL_PIPELINE_0001";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T03:15:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private Databases.Db db;
    private JdbcCallbackStore store;
    private final AtomicInteger handled = new AtomicInteger();
    private volatile boolean handlerFails;

    /** A fresh, empty database. */
    abstract Databases.Db database();

    private JdbcCallbackStore store() {
        if (store == null) {
            db = database();
            store = JdbcCallbackStore.builder().dataSource(db.dataSource()).clock(CLOCK).build();
            store.migrate();
        }
        return store;
    }

    @AfterEach
    void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    private CallbackProcessor processor(CallbackVerifier verifier) {
        return CallbackProcessor.builder().verifier(verifier).store(store()).clock(CLOCK)
                .handler(transition -> {
                    if (handlerFails) {
                        throw new IllegalStateException("order service down");
                    }
                    handled.incrementAndGet();
                }).build();
    }

    private CallbackProcessor vnpay() {
        return processor(VnpayVerifier.of(TMN_CODE, Secret.of(HASH_SECRET)));
    }

    @Test
    void vnpayIpnIsAppliedOnceAndItsRedeliveryAcknowledgedAsDuplicate() {
        CallbackProcessor processor = vnpay();
        store().createOrder("HS-0001", Vnd.of(120_000));
        RawCallback ipn = ipn("HS-0001", 120_000, "14422574", HASH_SECRET);

        CallbackResult first = processor.process(ipn);
        CallbackResult again = processor.process(ipn);

        assertThat(first.outcome()).isEqualTo(CallbackOutcome.APPLIED);
        assertThat(rspCode(first)).isEqualTo("00");
        assertThat(again.outcome()).isEqualTo(CallbackOutcome.DUPLICATE);
        assertThat(rspCode(again)).isEqualTo("02");
        assertThat(handled).hasValue(1);
        assertThat(store().findOrder("HS-0001").orElseThrow().status()).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void vnpayIpnForAnUnknownOrderIsAnswered01() {
        CallbackResult result = vnpay().process(ipn("HS-0404", 120_000, "14422575", HASH_SECRET));

        assertThat(result.outcome()).isEqualTo(CallbackOutcome.UNKNOWN_ORDER);
        assertThat(rspCode(result)).isEqualTo("01");
        assertThat(handled).hasValue(0);
    }

    @Test
    void vnpayIpnWithAnotherAmountIsAnswered04AndChangesNothing() {
        CallbackProcessor processor = vnpay();
        store().createOrder("HS-0002", Vnd.of(120_000));

        CallbackResult result = processor.process(ipn("HS-0002", 12_000, "14422576", HASH_SECRET));

        assertThat(result.outcome()).isEqualTo(CallbackOutcome.AMOUNT_MISMATCH);
        assertThat(rspCode(result)).isEqualTo("04");
        assertThat(store().findOrder("HS-0002").orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(handled).hasValue(0);
    }

    @Test
    void forgedVnpayIpnIsAnswered97AndChangesNothing() {
        CallbackProcessor processor = vnpay();
        store().createOrder("HS-0003", Vnd.of(120_000));

        CallbackResult result = processor.process(ipn("HS-0003", 120_000, "14422577", "ANOTHER_SECRET_NOT_REAL"));

        assertThat(result.outcome()).isEqualTo(CallbackOutcome.BAD_SIGNATURE);
        assertThat(rspCode(result)).isEqualTo("97");
        assertThat(store().findOrder("HS-0003").orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void vnpayIpnWhoseHandlerFailsIsAnswered99ThenAppliedOnRedelivery() {
        CallbackProcessor processor = vnpay();
        store().createOrder("HS-0004", Vnd.of(120_000));
        RawCallback ipn = ipn("HS-0004", 120_000, "14422578", HASH_SECRET);

        handlerFails = true;
        CallbackResult failed = processor.process(ipn);
        handlerFails = false;
        CallbackResult redelivered = processor.process(ipn);

        assertThat(failed.outcome()).isEqualTo(CallbackOutcome.RETRY);
        assertThat(rspCode(failed)).isEqualTo("99");
        assertThat(redelivered.outcome()).isEqualTo(CallbackOutcome.APPLIED);
        assertThat(rspCode(redelivered)).isEqualTo("00");
        assertThat(handled).hasValue(1);
    }

    @Test
    void momoIpnIsAppliedOnceThenDuplicate() {
        JsonNode vector = vector("momo", "ipn");
        JsonNode ipn = vector.get("ipn");
        CallbackProcessor processor = processor(MomoVerifier.of(ipn.get("partnerCode").asText(),
                Secret.of(vector.get("accessKey").asText()), Secret.of(vector.get("secret").asText())));
        store().createOrder(ipn.get("orderId").asText(), Vnd.of(ipn.get("amount").asLong()));

        assertAppliedThenDuplicate(processor, RawCallback.postJson(ipn.toString()));
    }

    @Test
    void zalopayCallbackIsAppliedOnceThenDuplicate() throws Exception {
        JsonNode vector = vector("zalopay", "callback");
        JsonNode data = JSON.readTree(vector.get("callback").get("data").asText());
        CallbackProcessor processor = processor(ZalopayVerifier.of(data.get("app_id").asText(),
                Secret.of(vector.get("key2").asText())));
        store().createOrder(data.get("app_trans_id").asText(), Vnd.of(data.get("amount").asLong()));

        assertAppliedThenDuplicate(processor, RawCallback.postJson(vector.get("callback").toString()));
    }

    @Test
    void payosWebhookIsAppliedOnceThenDuplicate() {
        JsonNode vector = vector("payos", "webhook");
        JsonNode data = vector.get("webhook").get("data");
        CallbackProcessor processor = processor(PayosVerifier.of("payos-test-client",
                Secret.of(vector.get("checksumKey").asText())));
        store().createOrder(data.get("orderCode").asText(), Vnd.of(data.get("amount").asLong()));

        assertAppliedThenDuplicate(processor, RawCallback.postJson(vector.get("webhook").toString()));
    }

    private void assertAppliedThenDuplicate(CallbackProcessor processor, RawCallback callback) {
        CallbackResult first = processor.process(callback);
        CallbackResult again = processor.process(callback);

        assertThat(first.outcome()).isEqualTo(CallbackOutcome.APPLIED);
        assertThat(again.outcome()).isEqualTo(CallbackOutcome.DUPLICATE);
        assertThat(again.ack()).isEqualTo(first.ack());
        assertThat(handled).hasValue(1);
        assertThat(store().findOrder(first.orderRef().orElseThrow()).orElseThrow().status())
                .isEqualTo(PaymentStatus.PAID);
        assertThat(store().auditTrail(first.orderRef().get())).extracting(AuditEntry::outcome)
                .containsExactly(CallbackOutcome.APPLIED, CallbackOutcome.DUPLICATE);
    }

    private static JsonNode vector(String topic, String kind) {
        for (JsonNode vector : SharedVectors.vectors(topic)) {
            JsonNode expect = vector.get("expect");
            if (vector.get("kind").asText().equals(kind) && expect.get("valid").asBoolean()
                    && expect.path("paid").asBoolean(true)) {
                return vector;
            }
        }
        throw new AssertionError("no valid " + topic + " " + kind + " vector");
    }

    private static String rspCode(CallbackResult result) {
        try {
            return JSON.readTree(result.ack().body()).get("RspCode").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A paid VNPay IPN as VNPay sends it, signed with {@code secret} per {@code vnpay.json}. */
    static RawCallback ipn(String ref, long amount, String transactionNo, String secret) {
        Map<String, String> params = new TreeMap<>();
        params.put("vnp_Amount", Long.toString(amount * 100));
        params.put("vnp_BankCode", "NCB");
        params.put("vnp_BankTranNo", "VNP" + transactionNo);
        params.put("vnp_CardType", "ATM");
        params.put("vnp_OrderInfo", "Le phi ho tich: ho so " + ref);
        params.put("vnp_PayDate", "20261129101500");
        params.put("vnp_ResponseCode", "00");
        params.put("vnp_TmnCode", TMN_CODE);
        params.put("vnp_TransactionNo", transactionNo);
        params.put("vnp_TransactionStatus", "00");
        params.put("vnp_TxnRef", ref);
        String canonical = formEncode(params);
        return RawCallback.get(canonical + "&vnp_SecureHash=" + hmacSha512(secret, canonical));
    }

    static String formEncode(Map<String, String> sorted) {
        StringBuilder query = new StringBuilder();
        sorted.forEach((name, value) -> query.append(query.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    static String hmacSha512(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
