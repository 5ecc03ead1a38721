package vn.congdanso.payments.callback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import vn.congdanso.core.Secret;
import vn.congdanso.core.Vnd;
import vn.congdanso.http.RetryPolicy;
import vn.congdanso.http.Transport;
import vn.congdanso.payments.CallbackOutcome;
import vn.congdanso.payments.PaymentStatus;
import vn.congdanso.payments.vnpay.VnpayClient;
import vn.congdanso.payments.vnpay.VnpayConfig;
import vn.congdanso.payments.vnpay.VnpayPaymentQuery;
import vn.congdanso.payments.vnpay.VnpayVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end: an order whose IPN never came is settled by the reconciler through VNPay's
 * querydr and the pipeline; the IPN arriving afterwards is a duplicate.
 */
class VnpayReconciliationTest {

    private static final String SECRET = RealGatewayPipelineContract.HASH_SECRET;
    private static final Instant CREATED = Instant.parse("2026-11-29T02:55:00Z");
    private static final Clock LATER = Clock.fixed(CREATED.plus(Duration.ofHours(1)), ZoneOffset.UTC);
    private static final List<String> ANSWER_SIGNED = List.of("vnp_ResponseId", "vnp_Command", "vnp_ResponseCode",
            "vnp_Message", "vnp_TmnCode", "vnp_TxnRef", "vnp_Amount", "vnp_BankCode", "vnp_PayDate",
            "vnp_TransactionNo", "vnp_TransactionType", "vnp_TransactionStatus", "vnp_OrderInfo",
            "vnp_PromotionCode", "vnp_PromotionAmount");

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final Databases.Db db = Databases.h2Memory();

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void settlesAnOverdueOrderByQueryAndAcknowledgesTheLateIpnAsDuplicate() throws Exception {
        JdbcCallbackStore store = JdbcCallbackStore.builder().dataSource(db.dataSource()).clock(LATER).build();
        store.migrate();
        store.createOrder("HS-0001", Vnd.of(120_000), java.util.Optional.empty(), CREATED);
        AtomicInteger handled = new AtomicInteger();
        CallbackProcessor processor = CallbackProcessor.builder()
                .verifier(VnpayVerifier.of(RealGatewayPipelineContract.TMN_CODE, Secret.of(SECRET)))
                .store(store).clock(LATER).handler(transition -> handled.incrementAndGet()).build();
        server.enqueue(new MockResponse.Builder().body(querydrAnswer("HS-0001", "12000000", "14422574")).build());
        Reconciler reconciler = Reconciler.builder().store(store).olderThan(Duration.ofMinutes(15)).clock(LATER)
                .gateway(processor, VnpayPaymentQuery.create(client(), "10.0.0.1",
                        ref -> store.findOrder(ref).map(Order::createdAt)))
                .build();

        ReconcileReport report = reconciler.runOnce();
        CallbackResult lateIpn = processor.process(
                RealGatewayPipelineContract.ipn("HS-0001", 120_000, "14422574", SECRET));

        assertThat(report.examined()).isEqualTo(1);
        assertThat(report.settled()).isEqualTo(1);
        assertThat(store.findOrder("HS-0001").orElseThrow().status()).isEqualTo(PaymentStatus.PAID);
        assertThat(lateIpn.outcome()).isEqualTo(CallbackOutcome.DUPLICATE);
        assertThat(new ObjectMapper().readTree(lateIpn.ack().body()).get("RspCode").asText()).isEqualTo("02");
        assertThat(handled).hasValue(1);
        assertThat(store.auditTrail("HS-0001")).extracting(AuditEntry::source, AuditEntry::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AuditEntry.Source.QUERY, CallbackOutcome.APPLIED),
                org.assertj.core.groups.Tuple.tuple(AuditEntry.Source.CALLBACK, CallbackOutcome.DUPLICATE));
        assertThat(reconciler.runOnce().examined()).as("nothing left pending").isZero();
    }

    private VnpayClient client() {
        VnpayConfig config = VnpayConfig.builder().tmnCode(RealGatewayPipelineContract.TMN_CODE)
                .hashSecrets(Secret.of(SECRET)).apiUrl(server.url("/merchant_webapi/api/transaction").toString())
                .clock(LATER).build();
        Transport transport = Transport.builder().callTimeout(Duration.ofSeconds(5))
                .retryPolicy(new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO)).build();
        return VnpayClient.create(config, transport);
    }

    private static String querydrAnswer(String ref, String amountHundredths, String transactionNo) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vnp_ResponseId", "c0ffee01");
        fields.put("vnp_Command", "querydr");
        fields.put("vnp_ResponseCode", "00");
        fields.put("vnp_Message", "QueryDR Success");
        fields.put("vnp_TmnCode", RealGatewayPipelineContract.TMN_CODE);
        fields.put("vnp_TxnRef", ref);
        fields.put("vnp_Amount", amountHundredths);
        fields.put("vnp_BankCode", "NCB");
        fields.put("vnp_PayDate", "20261129101500");
        fields.put("vnp_TransactionNo", transactionNo);
        fields.put("vnp_TransactionType", "01");
        fields.put("vnp_TransactionStatus", "00");
        fields.put("vnp_OrderInfo", "Le phi ho tich");
        StringJoiner signed = new StringJoiner("|");
        ANSWER_SIGNED.forEach(name -> signed.add(fields.getOrDefault(name, "")));
        ObjectNode json = new ObjectMapper().createObjectNode();
        fields.forEach(json::put);
        json.put("vnp_SecureHash", RealGatewayPipelineContract.hmacSha512(SECRET, signed.toString()));
        return json.toString();
    }
}
