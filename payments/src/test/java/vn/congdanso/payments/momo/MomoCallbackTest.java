package vn.congdanso.payments.momo;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.Secret;
import vn.congdanso.core.Vnd;
import vn.congdanso.payments.CallbackOutcome;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.MerchantKeys;
import vn.congdanso.payments.PaymentStatus;
import vn.congdanso.payments.RawCallback;
import vn.congdanso.payments.VerifiedCallback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Signed MoMo IPNs (signed here with javax.crypto, independently of MomoSigner) through the common contract. */
class MomoCallbackTest {

    private static final String ACCESS = "TESTACCESS_NOT_REAL";
    private static final String SECRET = "TESTSECRET_NOT_REAL_0123456789AB";
    private static final MomoVerifier VERIFIER = MomoVerifier.of("MOMOTEST", Secret.of(ACCESS), Secret.of(SECRET));
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode ipn(long resultCode) {
        return JSON.createObjectNode().put("partnerCode", "MOMOTEST").put("orderId", "HS-0001")
                .put("requestId", "HS-0001").put("amount", 50_000L).put("orderInfo", "Le phi ho so")
                .put("orderType", "momo_wallet").put("transId", 4_084_757_146L).put("resultCode", resultCode)
                .put("message", "Thành công.").put("payType", "qr").put("responseTime", 1_721_014_660_600L)
                .put("extraData", "");
    }

    /** {@code ipn} with its signature, computed from the documented field order. */
    private static RawCallback signed(ObjectNode ipn, String signedAmount) {
        String text = "accessKey=" + ACCESS + "&amount=" + signedAmount + "&extraData=" + ipn.get("extraData").asText()
                + "&message=" + ipn.get("message").asText() + "&orderId=" + ipn.get("orderId").asText()
                + "&orderInfo=" + ipn.get("orderInfo").asText() + "&orderType=" + ipn.get("orderType").asText()
                + "&partnerCode=" + ipn.get("partnerCode").asText() + "&payType=" + ipn.get("payType").asText()
                + "&requestId=" + ipn.get("requestId").asText() + "&responseTime=" + ipn.get("responseTime").asText()
                + "&resultCode=" + ipn.get("resultCode").asText() + "&transId=" + ipn.get("transId").asText();
        return RawCallback.postJson(ipn.deepCopy().put("signature", hmacSha256(SECRET, text)).toString());
    }

    private static RawCallback signed(ObjectNode ipn) {
        return signed(ipn, ipn.get("amount").asText());
    }

    @Test
    void mapsResultCodesToOneStatus() {
        VerifiedCallback paid = VERIFIER.verify(signed(ipn(0)));
        assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(paid.amount()).isEqualTo(Vnd.of(50_000));
        assertThat(paid.transactionId()).isEqualTo("4084757146");
        assertThat(VERIFIER.verify(signed(ipn(9000))).status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(VERIFIER.verify(signed(ipn(1006))).status()).isEqualTo(PaymentStatus.FAILED);
    }

    @Test
    void keepsOnlySignedMembers() {
        ObjectNode withExtra = ipn(0);
        withExtra.put("note", "not signed");
        assertThat(VERIFIER.verify(signed(withExtra)).signedFields()).doesNotContainKey("note")
                .containsKeys("amount", "orderId", "partnerCode", "transId");
    }

    @Test
    void rejectsASignedZeroAmount() {
        assertCode(() -> VERIFIER.verify(signed(ipn(0).put("amount", 0))), GatewayError.BAD_AMOUNT);
    }

    @Test
    void rejectsAnAmountSentAsText() {
        ObjectNode textAmount = ipn(0).put("amount", "50000");
        assertCode(() -> VERIFIER.verify(signed(textAmount, "50000")), GatewayError.BAD_AMOUNT);
    }

    @Test
    void rejectsAPartnerThatIsNotOurs() {
        assertCode(() -> VERIFIER.verify(signed(ipn(0).put("partnerCode", "OTHER"))), GatewayError.MERCHANT_MISMATCH);
    }

    @Test
    void triesEveryAccessKeyDuringARotation() {
        MomoVerifier rotating = MomoVerifier.create(MerchantKeys.of("MOMOTEST", Secret.of(SECRET)),
                MerchantKeys.of("MOMOTEST", Secret.of("NEW_ACCESS_NOT_REAL"), Secret.of(ACCESS)));
        assertThat(rotating.verify(signed(ipn(0))).paid()).isTrue();
    }

    @Test
    void acknowledgesWith204UnlessItShouldBeResent() {
        assertThat(VERIFIER.acknowledge(CallbackOutcome.APPLIED).status()).isEqualTo(204);
        assertThat(VERIFIER.acknowledge(CallbackOutcome.UNKNOWN_ORDER).status()).isEqualTo(204);
        assertThat(VERIFIER.acknowledge(CallbackOutcome.RETRY).status()).isEqualTo(503);
        assertThat(VERIFIER.acknowledge(CallbackOutcome.BAD_SIGNATURE).status()).isEqualTo(400);
        assertThat(VERIFIER.acknowledge(CallbackOutcome.APPLIED).body()).isEmpty();
    }

    static String hmacSha256(String key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertCode(ThrowingCallable call, GatewayError code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CongDanSoException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
