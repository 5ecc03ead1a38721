package vn.congdanso.payments.payos;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Secret;
import vn.congdanso.payments.RawCallback;
import vn.congdanso.payments.VerifiedCallback;
import vn.congdanso.core.Vnd;
import vn.congdanso.payments.GatewayError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Signatures as payOS's own reference computes them ({@code @payos/node}: {@code sortObjDataByKey},
 * {@code convertObjToQueryStr}). Each expected canonical string below is written by hand from that
 * documented rule and signed here with the JDK's HMAC, independently of the production code.
 */
class PayosReferenceSigningTest {

    private static final String KEY = PayosSignerTest.KEY;
    private static final PayosVerifier VERIFIER = PayosVerifier.of("client-1", Secret.of(KEY));
    private static final String HEAD = "\"accountNumber\":\"12345678\",\"amount\":3000,\"description\":\"VQRIO123\"";
    private static final String HEAD_TEXT = "accountNumber=12345678&amount=3000";
    private static final String TAIL = ",\"orderCode\":123";

    @Test
    void verifiesAGenuineWebhookWhoseCounterAccountNameIsTheTextNull() throws Exception {
        String data = "{" + HEAD + ",\"counterAccountName\":\"null\",\"counterAccountNumber\":null" + TAIL + "}";
        String canonical = HEAD_TEXT + "&counterAccountName=&counterAccountNumber=&description=VQRIO123&orderCode=123";

        VerifiedCallback webhook = VERIFIER.verify(webhook(data, canonical));

        assertThat(webhook.orderRef()).isEqualTo("123");
        assertThat(webhook.amount()).isEqualTo(Vnd.of(3000));
    }

    @Test
    void rendersTheTextUndefinedAsEmptyButKeepsOtherTextRaw() throws Exception {
        String data = "{" + HEAD + ",\"counterAccountName\":\"undefined\",\"reference\":\"Null & nil\"" + TAIL + "}";
        String canonical = HEAD_TEXT + "&counterAccountName=&description=VQRIO123&orderCode=123&reference=Null & nil";

        assertThat(PayosData.canonical(json(data))).isEqualTo(canonical);
        VERIFIER.verify(webhook(data, canonical));
    }

    @Test
    void rejectsASignatureOverTheTextNullWrittenLiterally() throws Exception {
        String data = "{" + HEAD + ",\"counterAccountName\":\"null\"" + TAIL + "}";
        String literal = HEAD_TEXT + "&counterAccountName=null&description=VQRIO123&orderCode=123";

        assertThatThrownBy(() -> VERIFIER.verify(webhook(data, literal))).isInstanceOfSatisfying(
                RejectedException.class, e -> assertThat(e.code()).isEqualTo(GatewayError.BAD_SIGNATURE));
    }

    @Test
    void signsAnArrayOfObjectsAsJsonWithEachObjectsKeysSorted() throws Exception {
        String data = "{" + HEAD + ",\"items\":[{\"quantity\":1,\"name\":\"Phí \\\"A\\\"\",\"price\":1500.50},"
                + "{\"price\":2e3,\"name\":\"B\",\"meta\":{\"z\":1,\"a\":null}}]" + TAIL + "}";
        String canonical = HEAD_TEXT + "&description=VQRIO123&items=[{\"name\":\"Phí \\\"A\\\"\",\"price\":1500.5,\"quantity\":1},"
                + "{\"meta\":{\"z\":1,\"a\":null},\"name\":\"B\",\"price\":2000}]&orderCode=123";

        assertThat(PayosData.canonical(json(data))).isEqualTo(canonical);
        VERIFIER.verify(webhook(data, canonical));
    }

    @Test
    void signsArrayElementsThatAreNotObjectsAsObjectKeysSeesThem() {
        String data = "{\"a\":[\"xy\",7,true,[5,6]],\"b\":[]}";

        assertThat(PayosData.canonical(json(data))).isEqualTo("a=[{\"0\":\"x\",\"1\":\"y\"},{},{},{\"0\":5,\"1\":6}]&b=[]");
    }

    @Test
    void refusesAnArrayHoldingNullWhichTheReferenceCannotSign() {
        String data = "{" + HEAD + ",\"items\":[null]" + TAIL + "}";

        assertThatThrownBy(() -> VERIFIER.verify(RawCallback.postJson("{\"data\":" + data + ",\"signature\":\"00\"}")))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(GatewayError.BAD_SIGNATURE));
    }

    @Test
    void signsANestedObjectAsJavaScriptWritesAnObject() throws Exception {
        String data = "{" + HEAD + ",\"extra\":{\"b\":1}" + TAIL + "}";
        String canonical = HEAD_TEXT + "&description=VQRIO123&extra=[object Object]&orderCode=123";

        VERIFIER.verify(webhook(data, canonical));
    }

    @Test
    void writesNumbersAsJavaScriptDoes() {
        assertThat(PayosData.canonical(json("{\"a\":1.50,\"b\":100.0,\"c\":1e21,\"d\":123456789012345678901,"
                + "\"e\":0.000001,\"f\":1e-7,\"g\":-0.0,\"h\":12345678901234567890,\"i\":0.1,\"j\":1.5e300,\"k\":-2.5e-8}")))
                .isEqualTo("a=1.5&b=100&c=1e+21&d=123456789012345680000&e=0.000001&f=1e-7&g=0"
                        + "&h=12345678901234567000&i=0.1&j=1.5e+300&k=-2.5e-8");
    }

    @Test
    void ordersKeysAsJavaScriptSortsAndLaysThemOut() {
        assertThat(PayosData.canonical(json("{\"b\":1,\"a\":2,\"B\":3,\"10\":4,\"9\":5,\"09\":6,\"é\":7,\"z\":8}")))
                .isEqualTo("9=5&10=4&09=6&B=3&a=2&b=1&z=8&é=7");
    }

    @Test
    void signsFlatDataWithTheNullLikeValuesEmpty() throws Exception {
        Map<String, String> data = new HashMap<>();
        data.put("orderCode", "123");
        data.put("counterAccountName", "null");
        data.put("virtualAccountName", "undefined");
        data.put("reference", null);

        assertThat(PayosSigner.create(PayosSignerTest.config()).sign(data)).isEqualTo(PayosVerifierTest.hmac(KEY,
                "counterAccountName=&orderCode=123&reference=&virtualAccountName="));
    }

    @Test
    void signsAPaymentLinkWithItsFiveValuesRawAsTheReferenceDoes() throws Exception {
        PayosPaymentLinkRequest request = PayosPaymentLinkRequest.of(7, Vnd.of(2000), "null",
                "https://tinh.gov.vn/ok", "https://tinh.gov.vn/cancel");

        assertThat(PayosSigner.create(PayosSignerTest.config()).paymentLinkSignature(request)).isEqualTo(
                PayosVerifierTest.hmac(KEY, "amount=2000&cancelUrl=https://tinh.gov.vn/cancel&description=null"
                        + "&orderCode=7&returnUrl=https://tinh.gov.vn/ok"));
    }

    static RawCallback webhook(String data, String canonical) throws Exception {
        return RawCallback.postJson("{\"code\":\"00\",\"desc\":\"success\",\"success\":true,\"data\":" + data + ",\"signature\":\""
                + PayosVerifierTest.hmac(KEY, canonical) + "\"}");
    }

    static com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
