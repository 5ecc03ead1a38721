package vn.congdanso.spring;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import vn.congdanso.http.Transport;
import vn.congdanso.qr.procedure.HttpProcedureDirectory;
import vn.congdanso.qr.procedure.OfflineProcedureDirectory;
import vn.congdanso.qr.procedure.ProcedureCode;
import vn.congdanso.qr.procedure.ProcedureDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/** Which procedure directory appears, with or without an HTTP client, and how misconfiguration fails. */
class CongdansoProceduresAutoConfigurationTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(CongdansoHttpAutoConfiguration.class, CongdansoProceduresAutoConfiguration.class));

    @Test
    void noProceduresPropertyNoDirectory() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ProcedureDirectory.class));
    }

    @Test
    void offlineModeGivesTheBundledCatalogueAndNoHttpClient() {
        runner.withPropertyValues("congdanso.procedures.mode=offline").run(context -> {
            assertThat(context).getBean(ProcedureDirectory.class).isInstanceOf(OfflineProcedureDirectory.class);
            assertThat(context).doesNotHaveBean(Transport.class);
        });
    }

    @Test
    void offlineModeWorksWithoutTheHttpModule() {
        runner.withPropertyValues("congdanso.procedures.mode=offline")
                .withClassLoader(new FilteredClassLoader(OkHttpClient.class, Transport.class))
                .run(context -> assertThat(context).hasSingleBean(ProcedureDirectory.class));
    }

    @Test
    void remoteModeCallsTheServiceThroughTheSharedTransport() throws Exception {
        server.enqueue(new MockResponse.Builder().code(404).build());
        runner.withPropertyValues("congdanso.procedures.mode=remote",
                "congdanso.procedures.base-url=" + server.url("/api/v1")).run(context -> {
                    ProcedureDirectory directory = context.getBean(ProcedureDirectory.class);
                    assertThat(directory).isInstanceOf(HttpProcedureDirectory.class);
                    assertThat(context).hasSingleBean(Transport.class);
                    assertThat(directory.find(ProcedureCode.parse("1.001612.000.00.00.H01"))).isEmpty();
                    assertThat(server.takeRequest().getUrl().encodedPath())
                            .isEqualTo("/api/v1/procedures/1.001612.000.00.00.H01");
                });
    }

    @Test
    void remoteModeWithoutBaseUrlFailsStartupNamingTheProperty() {
        runner.withPropertyValues("congdanso.procedures.mode=remote").run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context)).contains("congdanso.procedures.base-url");
        });
    }

    @Test
    void remoteModeWithoutTheHttpModuleFailsStartupNamingTheMode() {
        runner.withPropertyValues("congdanso.procedures.mode=remote",
                "congdanso.procedures.base-url=https://dvc.example.test")
                .withClassLoader(new FilteredClassLoader(OkHttpClient.class, Transport.class)).run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(messages(context)).contains("congdanso.procedures.mode").contains("congdanso-http");
                });
    }

    @Test
    void baseUrlWithoutModeFailsStartupNamingTheMode() {
        runner.withPropertyValues("congdanso.procedures.base-url=https://dvc.example.test").run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context)).contains("congdanso.procedures.mode");
        });
    }

    @Test
    void baseUrlInOfflineModeFailsStartupNamingTheProperty() {
        runner.withPropertyValues("congdanso.procedures.mode=offline",
                "congdanso.procedures.base-url=https://dvc.example.test")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(messages(context)).contains("congdanso.procedures.base-url");
                });
    }

    @Test
    void directoryBacksOffWhenTheAppDefinesItsOwn() {
        ProcedureDirectory own = OfflineProcedureDirectory.bundled();
        runner.withPropertyValues("congdanso.procedures.mode=offline").withBean(ProcedureDirectory.class, () -> own)
                .run(context -> assertThat(context).getBean(ProcedureDirectory.class).isSameAs(own));
    }

    private static String messages(AssertableApplicationContext context) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text.toString();
    }
}
