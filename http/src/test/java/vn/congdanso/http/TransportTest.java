package vn.congdanso.http;

import java.io.IOException;
import java.lang.reflect.InaccessibleObjectException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.MisconfiguredException;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.SdkVersion;
import vn.congdanso.core.UnavailableException;
import vn.congdanso.core.testing.LogCapture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransportTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    @StartStop
    private final MockWebServer elsewhere = new MockWebServer();

    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final AtomicLong nanos = new AtomicLong();

    @Test
    void honoursRetryAfterOn429() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2").build());
        server.enqueue(json("{\"ok\":true}"));

        JsonNode answer = transport().sendJson(get(), JsonNode.class);

        assertThat(answer.get("ok").asBoolean()).isTrue();
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void retries503ThenSucceedsWithinTheBackoffCeiling() {
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(json("{\"ok\":true}"));

        assertThat(transport().sendJson(get(), JsonNode.class).get("ok").asBoolean()).isTrue();
        assertThat(sleeps).hasSize(1);
        assertThat(sleeps.get(0)).isBetween(Duration.ZERO, RetryPolicy.defaults().initialBackoff());
    }

    @Test
    void retriesAGetWhoseConnectionDropsMidBody() {
        server.enqueue(new MockResponse.Builder().body("{\"ok\":true, \"padding\":\"" + "x".repeat(64 * 1024) + "\"}")
                .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(json("{\"ok\":true}"));

        assertThat(transport().sendJson(get(), JsonNode.class).get("ok").asBoolean()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void failsWithTimeoutWhenTheServerIsSlowerThanTheReadTimeout() {
        server.enqueue(json("{\"ok\":true}").newBuilder().headersDelay(2, TimeUnit.SECONDS).build());
        Transport transport = builder().readTimeout(Duration.ofMillis(200)).retryPolicy(RetryPolicy.none()).build();

        assertThatThrownBy(() -> transport.send(get())).isInstanceOfSatisfying(UnavailableException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreError.TIMEOUT);
            assertThat(e.retryable()).isTrue();
        });
    }

    @Test
    void retriesASlowGetAndTakesTheNextAnswer() {
        server.enqueue(json("{\"ok\":false}").newBuilder().headersDelay(2, TimeUnit.SECONDS).build());
        server.enqueue(json("{\"ok\":true}"));
        Transport transport = builder().readTimeout(Duration.ofMillis(200)).build();

        assertThat(transport.sendJson(get(), JsonNode.class).get("ok").asBoolean()).isTrue();
    }

    @Test
    void neverRetriesAPostWithoutIdempotencyKey() {
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(json("{\"ok\":true}"));

        assertThatThrownBy(() -> transport().sendJson(post(), JsonNode.class))
                .isInstanceOfSatisfying(UnavailableException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreError.REMOTE_UNAVAILABLE));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void neverRetriesAPostWhoseConnectionDrops() {
        server.enqueue(new MockResponse.Builder().body("{\"ok\":true, \"padding\":\"" + "x".repeat(64 * 1024) + "\"}")
                .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(json("{\"ok\":true}"));

        assertThatThrownBy(() -> transport().send(post())).isInstanceOfSatisfying(UnavailableException.class,
                e -> assertThat(e.code()).isEqualTo(CoreError.TRANSPORT_FAILED));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void retriesAPostThatCarriesAnIdempotencyKey() throws InterruptedException {
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(json("{\"ok\":true}"));

        transport().sendJson(post().withIdempotencyKey("refund-42"), JsonNode.class);

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo("refund-42");
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(500).build());
        }

        assertThatThrownBy(() -> transport().sendJson(get(), JsonNode.class))
                .isInstanceOf(UnavailableException.class);
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void doesNotWaitLongerThanMaxRetryAfter() {
        server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "3600").build());

        assertThatThrownBy(() -> transport().sendJson(get(), JsonNode.class))
                .isInstanceOf(UnavailableException.class);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void mapsClientErrorsToRejectionWithRemoteDetails() {
        server.enqueue(new MockResponse.Builder().code(400).addHeader("X-Request-Id", "req-7")
                .body("{\"code\":\"BAD_AMOUNT\"}").build());

        assertThatThrownBy(() -> transport().sendJson(get(), JsonNode.class))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreError.REMOTE_REJECTED);
                    assertThat(e.remote()).hasValueSatisfying(remote -> {
                        assertThat(remote.httpStatus()).isEqualTo(400);
                        assertThat(remote.remoteCode()).contains("BAD_AMOUNT");
                        assertThat(remote.requestId()).contains("req-7");
                    });
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void reportsMalformedJsonAsATypedError() {
        server.enqueue(json("{\"ok\": tru"));

        assertThatThrownBy(() -> transport().sendJson(get(), JsonNode.class))
                .isInstanceOfSatisfying(UnavailableException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreError.BAD_RESPONSE));
    }

    @Test
    void refusesBodiesOverTheSizeLimit() {
        server.enqueue(json("{\"padding\":\"" + "x".repeat(4096) + "\"}"));
        Transport transport = builder().maxResponseBytes(1024).retryPolicy(RetryPolicy.none()).build();

        assertThatThrownBy(() -> transport.send(get())).isInstanceOfSatisfying(UnavailableException.class,
                e -> assertThat(e.code()).isEqualTo(CoreError.BAD_RESPONSE));
    }

    @Test
    void rejectsAnUnboundedBodyLimit() {
        assertThatThrownBy(() -> builder().maxResponseBytes(0)).isInstanceOf(RejectedException.class);
    }

    @Test
    void sendsTheSdkUserAgentThroughTheCallersClient() throws InterruptedException {
        server.enqueue(json("{}"));
        OkHttpClient callers = new OkHttpClient.Builder()
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("X-App", "phu-tho").build()))
                .build();

        builder().client(callers).build().send(get());

        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("User-Agent")).isEqualTo(SdkVersion.userAgent());
        assertThat(request.getHeaders().get("X-App")).isEqualTo("phu-tho");
    }

    @Test
    void logsRequestsWithoutIdNumbersOrSecrets() {
        server.enqueue(json("{\"fullName\":\"NGUYEN VAN A\",\"idNumber\":\"025201012345\",\"status\":\"OK\"}"));
        TransportRequest request = TransportRequest.postJson(
                server.url("/dossiers?citizen=025201012345&vnp_SecureHash=deadbeefcafe&token=S3CR3T-T0KEN"),
                "{\"phone\":\"0912345678\",\"secretKey\":\"S3CR3T-K3Y\",\"note\":\"CCCD 025201012345\"}");

        transport().send(request);

        assertThat(logs.text()).contains("--> POST").contains("<-- 200")
                .doesNotContain("025201012345").doesNotContain("deadbeefcafe").doesNotContain("S3CR3T")
                .doesNotContain("0912345678").doesNotContain("NGUYEN VAN A");
    }

    @Test
    void refusesACrossHostRedirectAndTheOtherHostReceivesNothing() {
        server.enqueue(redirect(302, elsewhere.url("/steal").toString()));
        OkHttpClient followingClient = new OkHttpClient.Builder().followRedirects(true).build();
        Transport transport = builder().client(followingClient).build();

        assertThatThrownBy(() -> transport.send(post().withHeader("x-api-key", "s3cr3t-K3y-value")))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreError.REMOTE_REDIRECTED);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("302")
                            .contains(elsewhere.getHostName() + ":" + elsewhere.getPort());
                    assertThat(e.remote()).map(r -> r.httpStatus()).contains(302);
                });
        assertThat(elsewhere.getRequestCount()).isZero();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void refusesASameHostRedirectByDefault() {
        server.enqueue(redirect(301, "/procedures/moved"));

        assertThatThrownBy(() -> transport().send(get())).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.code()).isEqualTo(CoreError.REMOTE_REDIRECTED));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void followsASameHostRedirectWhenAllowedAndWarns() throws InterruptedException {
        server.enqueue(redirect(302, "/procedures/moved"));
        server.enqueue(json("{\"ok\":true}"));

        Transport transport = builder().allowSameHostRedirects().build();
        JsonNode answer = transport.sendJson(get().withHeader("x-api-key", "k-1"), JsonNode.class);

        assertThat(answer.get("ok").asBoolean()).isTrue();
        server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertThat(second.getUrl().encodedPath()).isEqualTo("/procedures/moved");
        assertThat(second.getHeaders().get("x-api-key")).isEqualTo("k-1");
        assertThat(logs.text()).contains("WARN").contains("allowSameHostRedirects");
    }

    @Test
    void stillRefusesACrossHostRedirectWhenSameHostOnesAreAllowed() {
        server.enqueue(redirect(307, elsewhere.url("/steal").toString()));

        Transport transport = builder().allowSameHostRedirects().build();

        assertThatThrownBy(() -> transport.send(get().withHeader("x-api-key", "s3cr3t-K3y-value")))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreError.REMOTE_REDIRECTED));
        assertThat(elsewhere.getRequestCount()).isZero();
    }

    @Test
    void neverTurnsAPostIntoAGetOnRedirect() {
        server.enqueue(redirect(302, "/refunds/elsewhere"));

        Transport transport = builder().allowSameHostRedirects().build();

        assertThatThrownBy(() -> transport.send(post())).isInstanceOfSatisfying(RejectedException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreError.REMOTE_REDIRECTED);
            assertThat(e.getMessage()).contains("POST into a GET");
        });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void keepsTheMethodAndBodyOnA307() throws InterruptedException {
        server.enqueue(redirect(307, "/refunds/v2"));
        server.enqueue(json("{\"ok\":true}"));

        builder().allowSameHostRedirects().build().send(post());

        server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertThat(second.getMethod()).isEqualTo("POST");
        assertThat(second.getBody().utf8()).isEqualTo("{\"amount\":1000}");
    }

    @Test
    void boundsATricklingBodyByTheCallTimeoutAcrossAllAttempts() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json("{\"padding\":\"" + "x".repeat(200) + "\"}").newBuilder()
                    .throttleBody(1, 20, TimeUnit.MILLISECONDS).build());
        }
        Transport transport = builder().readTimeout(Duration.ofSeconds(1)).callTimeout(Duration.ofMillis(400))
                .retryPolicy(new RetryPolicy(3, Duration.ZERO, Duration.ZERO, Duration.ZERO)).build();
        long started = System.nanoTime();

        assertThatThrownBy(() -> transport.send(get())).isInstanceOfSatisfying(UnavailableException.class,
                e -> assertThat(e.code()).isEqualTo(CoreError.TIMEOUT));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void endsTheCallAtOnceWhenRetryAfterOutlastsTheCallTimeout() {
        server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "20").build());
        server.enqueue(json("{\"ok\":true}"));

        Transport transport = fakeTime().callTimeout(Duration.ofSeconds(10)).build();

        assertThatThrownBy(() -> transport.send(get())).isInstanceOfSatisfying(UnavailableException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreError.TIMEOUT);
            assertThat(e.remote()).map(r -> r.httpStatus()).contains(503);
        });
        assertThat(sleeps).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void countsEveryWaitAgainstTheCallTimeout() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "4").build());
        }
        Transport transport = fakeTime().callTimeout(Duration.ofSeconds(10))
                .retryPolicy(new RetryPolicy(5, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(30))).build();

        assertThatThrownBy(() -> transport.send(get())).isInstanceOfSatisfying(UnavailableException.class,
                e -> assertThat(e.code()).isEqualTo(CoreError.TIMEOUT));
        assertThat(sleeps).containsExactly(Duration.ofSeconds(4), Duration.ofSeconds(4));
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void namesThePortAndMasksTheIdNumberInFailureMessages() {
        server.enqueue(new MockResponse.Builder().code(404).build());

        assertThatThrownBy(() -> transport().sendJson(TransportRequest.get(server.url("/s404/025090000123")),
                JsonNode.class)).isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.getMessage())
                        .contains(server.getHostName() + ":" + server.getPort())
                        .contains("/s404/********0123").doesNotContain("025090000123"));
    }

    @Test
    void reportsATypeJacksonCannotConstructAsMisconfiguration() {
        server.enqueue(json("{\"ok\":true}"));

        assertThatThrownBy(() -> transport().sendJson(get(), Runnable.class))
                .isInstanceOfSatisfying(MisconfiguredException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreError.MISCONFIGURED);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("java.lang.Runnable").contains("com.fasterxml.jackson.databind");
                });
    }

    @Test
    void namesThePackageToOpenWhenJacksonIsDeniedAccess() {
        server.enqueue(json("{\"id\":1}"));
        ObjectMapper denied = new ObjectMapper() {
            private static final long serialVersionUID = 1L;

            @Override
            public <T> T readValue(byte[] src, Class<T> valueType) throws IOException {
                throw JsonMappingException.from((JsonParser) null, "Failed to call `setAccess()`",
                        new InaccessibleObjectException("Unable to make field private int app.model.Order.id"
                                + " accessible: module app does not \"opens app.model\" to module"
                                + " com.fasterxml.jackson.databind"));
            }
        };

        assertThatThrownBy(() -> builder().objectMapper(denied).build().sendJson(get(), Object.class))
                .isInstanceOfSatisfying(MisconfiguredException.class, e -> assertThat(e.getMessage())
                        .contains("opens app.model to com.fasterxml.jackson.databind").contains("module app"));
    }

    @Test
    void rejectsANonPositiveCallTimeout() {
        assertThatThrownBy(() -> builder().callTimeout(Duration.ZERO)).isInstanceOf(RejectedException.class);
    }

    private Transport.Builder fakeTime() {
        return Transport.builder().ticker(nanos::get).sleeper(wait -> {
            sleeps.add(wait);
            nanos.addAndGet(wait.toNanos());
        });
    }

    private static MockResponse redirect(int status, String location) {
        return new MockResponse.Builder().code(status).addHeader("Location", location).build();
    }

    private Transport transport() {
        return builder().build();
    }

    private Transport.Builder builder() {
        return Transport.builder().sleeper(sleeps::add);
    }

    private TransportRequest get() {
        return TransportRequest.get(server.url("/procedures/1.001612"));
    }

    private TransportRequest post() {
        return TransportRequest.postJson(server.url("/refunds"), "{\"amount\":1000}");
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
    }
}
