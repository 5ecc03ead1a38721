package vn.congdanso.spring;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import vn.congdanso.http.Transport;
import vn.congdanso.http.TransportRequest;
import vn.congdanso.http.TransportResponse;
import vn.congdanso.payments.vnpay.VnpayVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/** When the shared HTTP transport appears, what it is built on, and how a bad timeout fails. */
class CongdansoHttpAutoConfigurationTest {

    private static final String[] VNPAY = {
        "congdanso.payments.vnpay.tmn-code=TESTTMN1",
        "congdanso.payments.vnpay.hash-secret=vnpay-test-secret-0001"
    };

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(CongdansoHttpAutoConfiguration.class, CongdansoPaymentsAutoConfiguration.class));

    @Test
    void noTransportWhenNoRemoteFeatureIsConfigured() {
        runner.withPropertyValues("congdanso.transport.call-timeout=5s")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Transport.class));
    }

    @Test
    void aConfiguredGatewayGetsOneTransport() {
        runner.withPropertyValues(VNPAY).run(context -> assertThat(context).hasSingleBean(Transport.class));
    }

    @Test
    void withoutTheHttpModuleAGatewayStillGetsItsVerifierAndNoTransport() {
        runner.withPropertyValues(VNPAY).withClassLoader(new FilteredClassLoader(OkHttpClient.class, Transport.class))
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(VnpayVerifier.class);
                    assertThat(context).doesNotHaveBean("congdansoTransport");
                });
    }

    @Test
    void transportIsBuiltOnTheAppsOkHttpClient() {
        OkHttpClient appClient = new OkHttpClient.Builder()
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("X-App-Client", "yes").build()))
                .build();
        server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
        runner.withPropertyValues(VNPAY).withBean(OkHttpClient.class, () -> appClient).run(context -> {
            TransportResponse response = context.getBean(Transport.class)
                    .send(TransportRequest.get(server.url("/ping")));
            RecordedRequest recorded = server.takeRequest();
            assertThat(response.status()).isEqualTo(200);
            assertThat(recorded.getHeaders().get("X-App-Client")).isEqualTo("yes");
        });
    }

    @Test
    void transportBacksOffWhenTheAppDefinesItsOwn() {
        Transport own = Transport.builder().build();
        runner.withPropertyValues(VNPAY).withBean(Transport.class, () -> own)
                .run(context -> assertThat(context).getBean(Transport.class).isSameAs(own));
    }

    @Test
    void zeroCallTimeoutFailsStartupNamingTheProperty() {
        runner.withPropertyValues(VNPAY).withPropertyValues("congdanso.transport.call-timeout=0s").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("congdanso.transport.call-timeout");
        });
    }

    @Test
    void negativeReadTimeoutFailsStartupNamingTheProperty() {
        runner.withPropertyValues(VNPAY).withPropertyValues("congdanso.transport.read-timeout=-1s").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("congdanso.transport.read-timeout");
        });
    }
}
