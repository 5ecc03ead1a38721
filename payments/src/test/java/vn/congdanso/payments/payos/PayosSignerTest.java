package vn.congdanso.payments.payos;

import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.Secret;
import vn.congdanso.core.Vnd;
import vn.congdanso.payments.GatewayError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PayosSignerTest {

    static final String KEY = "1a54716c8f0efb2744fb28b6e38b25da7f67a925d98bc1c18bd8faaecadd7675";

    static PayosConfig config() {
        return PayosConfig.builder().clientId("client-1").apiKey(Secret.of("API_KEY_NOT_REAL"))
                .checksumKeys(Secret.of(KEY)).build();
    }

    @Test
    void signsPaymentLinksOverTheFiveSortedFields() throws Exception {
        PayosPaymentLinkRequest request = PayosPaymentLinkRequest.of(123, Vnd.of(3000), "VQRIO123",
                "https://tinh.gov.vn/ok", "https://tinh.gov.vn/cancel");
        String expected = PayosVerifierTest.hmac(KEY, "amount=3000&cancelUrl=https://tinh.gov.vn/cancel"
                + "&description=VQRIO123&orderCode=123&returnUrl=https://tinh.gov.vn/ok");
        assertThat(PayosSigner.create(config()).paymentLinkSignature(request)).isEqualTo(expected);
    }

    @Test
    void signsTheVectorsCanonicalDataThroughTheGenericSigner() {
        for (var vector : PayosVerifierTest.webhookVectors()) {
            Map<String, String> data = PayosData.asText(vector.get("webhook").get("data"));
            assertThat(PayosSigner.create(config()).sign(data)).isEqualTo(vector.get("expectSignature").asText());
        }
    }

    @Test
    void rejectsInvalidRequests() {
        assertThatThrownBy(() -> PayosPaymentLinkRequest.of(0, Vnd.of(1), "x", "https://a.vn", "https://a.vn"))
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(GatewayError.BAD_REQUEST);
        assertThatThrownBy(() -> PayosPaymentLinkRequest.of(1, Vnd.of(1), "x".repeat(26), "https://a.vn", "https://a.vn"))
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(GatewayError.BAD_REQUEST);
        assertThat(config().toString()).doesNotContain(KEY).doesNotContain("API_KEY_NOT_REAL");
    }
}
