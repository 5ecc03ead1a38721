package vn.congdanso.onestop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import vn.congdanso.onestop.DeskApp;
import vn.congdanso.onestop.procedures.FailingEndpoints;

/**
 * A bug's failure answers 500 with an error id, never its message, class or stack, and the log
 * names its classes and stack but none of the personal data in its message.
 */
class UnexpectedFailureTest {

    private static DeskApp desk;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeAll
    static void startDesk() {
        desk = DeskApp.start("--spring.profiles.active=" + FailingEndpoints.PROFILE);
    }

    @AfterAll
    static void stopDesk() {
        desk.close();
    }

    @BeforeEach
    void captureLog() {
        log.start();
        root().addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        root().detachAppender(log);
    }

    @Test
    void answersTheContractsErrorJsonAndLogsNoPersonalData() {
        HttpResponse<String> answer = desk.get("/api/v1/test-failures/bug");

        assertFailed(answer, "application/json");
        assertThat(answer.body()).contains("\"code\":\"desk.INTERNAL\"", "\"message\":\"the desk failed to answer\"");
    }

    @Test
    void answersTheErrorPageAndLogsNoPersonalData() {
        HttpResponse<String> answer = desk.send(HttpRequest.newBuilder(desk.uri("/test-failures/bug"))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build());

        assertFailed(answer, "text/html");
        assertThat(answer.body()).contains("id=\"error-status\"", ">500<");
    }

    /** A 500 of {@code mediaType} that shows nothing of the failure, which the log names without its data. */
    private void assertFailed(HttpResponse<String> answer, String mediaType) {
        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith(mediaType));
        assertThat(answer.body()).doesNotContain(FailingEndpoints.ID_NUMBER, FailingEndpoints.NAME, FailingEndpoints.PHONE,
                "IllegalStateException", "FailingEndpoints", "\tat ", "trace");
        assertLogNamesTheFailureWithoutPersonalData();
    }

    private void assertLogNamesTheFailureWithoutPersonalData() {
        List<String> logged = new ArrayList<>();
        for (ILoggingEvent event : List.copyOf(log.list)) {
            logged.add(event.getFormattedMessage());
            for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
                logged.add(thrown.getClassName() + ": " + thrown.getMessage());
                logged.add(List.of(thrown.getStackTraceElementProxyArray()).toString());
            }
        }
        String text = String.join("\n", logged);
        assertThat(text).contains("java.lang.IllegalStateException", "FailingEndpoints")
                .doesNotContain(FailingEndpoints.ID_NUMBER, FailingEndpoints.NAME, FailingEndpoints.PHONE);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
