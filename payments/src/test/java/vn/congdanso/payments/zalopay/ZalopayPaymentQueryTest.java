package vn.congdanso.payments.zalopay;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import vn.congdanso.core.Secret;
import vn.congdanso.core.Vnd;
import vn.congdanso.http.RetryPolicy;
import vn.congdanso.http.Transport;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.PaymentStatus;
import vn.congdanso.payments.VerifiedCallback;

import static org.assertj.core.api.Assertions.assertThat;

class ZalopayPaymentQueryTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    private ZalopayPaymentQuery query() {
        ZalopayConfig config = ZalopayConfig.builder().appId("2553").key1(Secret.of("KEY1_NOT_REAL_0123456789"))
                .key2s(Secret.of("KEY2_NOT_REAL_0123456789")).baseUrl(server.url("/").toString()).build();
        Transport transport = Transport.builder().callTimeout(Duration.ofSeconds(5))
                .retryPolicy(new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO)).build();
        return ZalopayPaymentQuery.create(ZalopayClient.create(config, transport));
    }

    private void answer(String json) {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json").body(json).build());
    }

    @Test
    void turnsAPaidAnswerIntoAVerifiedCallback() {
        answer("{\"return_code\":1,\"return_message\":\"Giao dịch thành công\",\"sub_return_code\":1,"
                + "\"is_processing\":false,\"amount\":10000,\"zp_trans_id\":200904000000389}");

        VerifiedCallback paid = query().query("261130_HS0001").orElseThrow();

        assertThat(paid.gateway()).isEqualTo(Gateway.ZALOPAY);
        assertThat(paid.merchant()).isEqualTo("2553");
        assertThat(paid.orderRef()).isEqualTo("261130_HS0001");
        assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(paid.amount()).isEqualTo(Vnd.of(10_000));
        assertThat(paid.transactionId()).isEqualTo("200904000000389");
    }

    @Test
    void readsProcessingAsPendingAndAFailedTransactionAsFailed() {
        answer("{\"return_code\":3,\"return_message\":\"Đang xử lý\",\"sub_return_code\":-49,"
                + "\"is_processing\":true,\"amount\":10000,\"zp_trans_id\":0}");
        answer("{\"return_code\":2,\"return_message\":\"Thất bại\",\"sub_return_code\":-54,"
                + "\"is_processing\":false,\"amount\":10000,\"zp_trans_id\":200904000000390}");

        assertThat(query().query("261130_HS0002").orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(query().query("261130_HS0003").orElseThrow().status()).isEqualTo(PaymentStatus.FAILED);
    }

    @Test
    void answersEmptyWhenZalopayNamesNoTransaction() {
        answer("{\"return_code\":2,\"return_message\":\"Giao dịch không tồn tại\",\"sub_return_code\":-101,"
                + "\"is_processing\":false,\"amount\":0,\"zp_trans_id\":0}");

        assertThat(query().query("261130_HS0404")).isEmpty();
    }
}
