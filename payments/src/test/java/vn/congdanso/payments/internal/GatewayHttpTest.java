package vn.congdanso.payments.internal;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.CoreError;
import vn.congdanso.core.ErrorCode;
import vn.congdanso.core.UnavailableException;
import vn.congdanso.http.Transport;
import vn.congdanso.http.TransportRequest;
import vn.congdanso.payments.GatewayError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GatewayHttpTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final Transport transport = GatewayHttp.transport(Duration.ofSeconds(2), Duration.ofSeconds(5), Clock.systemUTC());

    private TransportRequest request() {
        return TransportRequest.postJson(server.url("/api"), "{}");
    }

    private void answer(int code, String body) {
        server.enqueue(new MockResponse.Builder().code(code).body(body).build());
    }

    @Test
    void returnsJsonObjectsAndClientErrorsThatCarryTheGatewayCode() {
        answer(200, "{\"code\":\"00\"}");
        assertThat(GatewayHttp.exchange(transport, request(), "code", "test").get("code").asText()).isEqualTo("00");
        answer(400, "{\"code\":\"231\"}");
        assertThat(GatewayHttp.exchange(transport, request(), "code", "test").get("code").asText()).isEqualTo("231");
    }

    @Test
    void mapsEverythingElseToTransportErrors() {
        answer(200, "[]");
        assertCode(() -> GatewayHttp.exchange(transport, request(), "code", "test"), CoreError.BAD_RESPONSE);
        answer(401, "unauthorised");
        assertCode(() -> GatewayHttp.exchange(transport, request(), "code", "test"), CoreError.REMOTE_REJECTED);
        answer(502, "{\"code\":\"x\"}");
        assertCode(() -> GatewayHttp.exchange(transport, request(), "code", "test"), CoreError.REMOTE_UNAVAILABLE);
    }

    @Test
    void buildsRetryableAndFinalGatewayErrors() {
        CongDanSoException later = (CongDanSoException) GatewayHttp.gatewayError("test", "99", true);
        assertThat(later).isInstanceOf(UnavailableException.class);
        assertThat(later.code()).isEqualTo(GatewayError.GATEWAY_UNAVAILABLE);
        CongDanSoException never = (CongDanSoException) GatewayHttp.gatewayError("test", "41", false);
        assertThat(never.code()).isEqualTo(GatewayError.GATEWAY_REJECTED);
        assertThat(never.remote().orElseThrow().remoteCode()).contains("41");
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOf(CongDanSoException.class)
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(code);
    }
}
