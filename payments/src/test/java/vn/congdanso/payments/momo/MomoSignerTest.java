package vn.congdanso.payments.momo;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.Secret;
import vn.congdanso.core.Vnd;
import vn.congdanso.core.testing.SharedVectors;
import vn.congdanso.payments.GatewayError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MomoSignerTest {

    @Test
    void producesTheSignatureOfEveryCreateVector() {
        int checked = 0;
        for (JsonNode vector : SharedVectors.vectors("momo")) {
            if (!vector.get("kind").asText().equals("create")) {
                continue;
            }
            JsonNode r = vector.get("request");
            MomoConfig config = MomoConfig.builder().partnerCode(r.get("partnerCode").asText())
                    .accessKey(Secret.of(vector.get("accessKey").asText()))
                    .secretKeys(Secret.of(vector.get("secret").asText())).build();
            MomoCreateRequest request = MomoCreateRequest.builder().orderId(r.get("orderId").asText())
                    .requestId(r.get("requestId").asText()).amount(Vnd.of(r.get("amount").asLong()))
                    .orderInfo(r.get("orderInfo").asText()).redirectUrl(r.get("redirectUrl").asText())
                    .ipnUrl(r.get("ipnUrl").asText()).extraData(r.get("extraData").asText()).build();
            MomoSigner signer = MomoSigner.create(config);
            assertThat(signer.createText(request)).isEqualTo(vector.get("rawSignature").asText());
            assertThat(signer.createSignature(request)).isEqualTo(vector.get("expectSignature").asText());
            MomoCreateRequest changedAmount = MomoCreateRequest.builder().orderId(request.orderId())
                    .requestId(request.requestId()).amount(Vnd.of(50_001)).orderInfo(request.orderInfo())
                    .redirectUrl(request.redirectUrl()).ipnUrl(request.ipnUrl()).build();
            assertThat(signer.createSignature(changedAmount)).isNotEqualTo(vector.get("expectSignature").asText());
            MomoCreateRequest changedType = MomoCreateRequest.builder().orderId(request.orderId())
                    .requestId(request.requestId()).amount(request.amount()).orderInfo(request.orderInfo())
                    .redirectUrl(request.redirectUrl()).ipnUrl(request.ipnUrl())
                    .requestType(MomoCreateRequest.RequestType.PAY_WITH_ATM).build();
            assertThat(signer.createSignature(changedType)).isNotEqualTo(vector.get("expectSignature").asText());
            checked++;
        }
        assertThat(checked).isPositive();
    }

    @Test
    void rejectsInvalidRequestsAndShortTimeouts() {
        MomoCreateRequest.Builder builder = MomoCreateRequest.builder().orderId("HS-1").amount(Vnd.of(500))
                .orderInfo("Lệ phí").redirectUrl("https://a.vn/r").ipnUrl("https://a.vn/ipn");
        assertThatThrownBy(builder::build).extracting(e -> ((CongDanSoException) e).code())
                .isEqualTo(GatewayError.BAD_REQUEST);
        assertThatThrownBy(() -> MomoConfig.builder().timeout(java.time.Duration.ofSeconds(10)))
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(GatewayError.BAD_REQUEST);
        assertThat(MomoConfig.builder().partnerCode("MOMO").accessKey(Secret.of("a")).secretKeys(Secret.of("s"))
                .build().timeout()).isGreaterThanOrEqualTo(java.time.Duration.ofSeconds(30));
    }
}
