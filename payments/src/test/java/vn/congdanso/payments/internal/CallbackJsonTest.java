package vn.congdanso.payments.internal;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.RejectedException;
import vn.congdanso.payments.GatewayError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallbackJsonTest {

    @Test
    void rendersValuesAsGatewaysSignThem() {
        ObjectNode json = CallbackJson.parseObject(
                "{\"s\":\"Thành công\",\"n\":4084757146,\"big\":200904000000389,\"b\":true,\"z\":null}", "test");
        assertThat(CallbackJson.signedText(json, "s")).isEqualTo("Thành công");
        assertThat(CallbackJson.signedText(json, "n")).isEqualTo("4084757146");
        assertThat(CallbackJson.signedText(json, "big")).isEqualTo("200904000000389");
        assertThat(CallbackJson.signedText(json, "b")).isEqualTo("true");
        assertThat(CallbackJson.signedText(json, "z")).isEmpty();
        assertThat(CallbackJson.signedText(json, "missing")).isEmpty();
        assertThat(CallbackJson.longValue(json, "n", "test")).isEqualTo(4084757146L);
    }

    @Test
    void rejectsDuplicatesDeepNestingFractionsAndNonObjects() {
        assertCode(() -> CallbackJson.parseObject("{\"a\":1,\"a\":2}", "test"), GatewayError.DUPLICATE_PARAMETER);
        assertCode(() -> CallbackJson.parseObject("[" .repeat(100) + "]".repeat(100), "test"), GatewayError.BAD_CALLBACK);
        assertCode(() -> CallbackJson.parseObject("\"text\"", "test"), GatewayError.BAD_CALLBACK);
        assertCode(() -> CallbackJson.parseObject("x".repeat(CallbackJson.MAX_CHARS + 1), "test"), GatewayError.BAD_CALLBACK);
        ObjectNode json = CallbackJson.parseObject("{\"f\":1.5,\"big\":99999999999999999999,\"o\":{}}", "test");
        assertCode(() -> CallbackJson.signedText(json, "f"), GatewayError.BAD_CALLBACK);
        assertCode(() -> CallbackJson.signedText(json, "o"), GatewayError.BAD_CALLBACK);
        assertCode(() -> CallbackJson.longValue(json, "big", "test"), GatewayError.BAD_CALLBACK);
        assertCode(() -> CallbackJson.required(json, "missing", "test"), GatewayError.BAD_CALLBACK);
    }

    @Test
    void reportsTheOffsetOfBrokenJson() {
        assertThatThrownBy(() -> CallbackJson.parseObject("{\"a\":tru}", "test"))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.offset()).isPresent());
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, GatewayError code) {
        assertThatThrownBy(call).isInstanceOf(CongDanSoException.class)
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(code);
    }
}
