package vn.congdanso.payments.momo;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import vn.congdanso.core.Secret;
import vn.congdanso.core.UnavailableException;
import vn.congdanso.core.Vnd;
import vn.congdanso.http.RetryPolicy;
import vn.congdanso.http.Transport;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.PaymentStatus;
import vn.congdanso.payments.VerifiedCallback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MomoPaymentQueryTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    private MomoPaymentQuery query() {
        MomoConfig config = MomoConfig.builder().partnerCode("MOMOTEST").accessKey(Secret.of("ACCESS_NOT_REAL"))
                .secretKeys(Secret.of("SECRET_NOT_REAL_0123456789")).baseUrl(server.url("/").toString()).build();
        Transport transport = Transport.builder().callTimeout(Duration.ofSeconds(5))
                .retryPolicy(new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO)).build();
        return MomoPaymentQuery.create(MomoClient.create(config, transport));
    }

    private void answer(String json) {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json").body(json).build());
    }

    @Test
    void turnsAPaidAnswerIntoAVerifiedCallback() {
        answer("{\"orderId\":\"HS-1\",\"resultCode\":0,\"message\":\"Thành công.\",\"amount\":50000,"
                + "\"transId\":4084757146,\"payType\":\"qr\"}");

        VerifiedCallback paid = query().query("HS-1").orElseThrow();

        assertThat(paid.gateway()).isEqualTo(Gateway.MOMO);
        assertThat(paid.merchant()).isEqualTo("MOMOTEST");
        assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(paid.amount()).isEqualTo(Vnd.of(50_000));
        assertThat(paid.transactionId()).isEqualTo("4084757146");
        assertThat(paid.signedFields()).containsEntry("resultCode", "0").containsEntry("orderId", "HS-1");
    }

    @Test
    void readsADeclinedTransactionAsFailedAndAWaitingOneAsPending() {
        answer("{\"orderId\":\"HS-2\",\"resultCode\":1006,\"message\":\"Declined\",\"amount\":50000,\"transId\":77}");
        answer("{\"orderId\":\"HS-3\",\"resultCode\":1000,\"message\":\"Pending\",\"amount\":50000,\"transId\":0}");

        assertThat(query().query("HS-2").orElseThrow().status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(query().query("HS-3").orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void answersEmptyForAnOrderMomoNeverSaw() {
        answer("{\"orderId\":\"HS-4\",\"resultCode\":42,\"message\":\"Invalid orderId\"}");
        answer("{\"orderId\":\"HS-5\",\"resultCode\":1005,\"message\":\"Expired\",\"amount\":50000,\"transId\":0}");

        assertThat(query().query("HS-4")).isEmpty();
        assertThat(query().query("HS-5")).as("a refusal naming no transaction").isEmpty();
    }

    @Test
    void leavesTransientFailuresToTheCaller() {
        server.enqueue(new MockResponse.Builder().code(503).body("{}").build());

        assertThatThrownBy(() -> query().query("HS-6")).isInstanceOf(UnavailableException.class);
    }
}
