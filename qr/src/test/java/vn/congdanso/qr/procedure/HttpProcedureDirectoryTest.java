package vn.congdanso.qr.procedure;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.UnavailableException;
import vn.congdanso.core.Vnd;
import vn.congdanso.http.RetryPolicy;
import vn.congdanso.http.Transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HttpProcedureDirectoryTest {

    private static final String BIRTH = """
            {"code":"1.001193.000.00.15.H41","name":"Đăng ký khai sinh","field":"Hộ tịch","levels":["COMMUNE"],
             "processingTime":"Ngay trong ngày","fees":[{"description":"Miễn lệ phí","amountVnd":0}],
             "documents":["Tờ khai"],"legalBasis":["Luật Hộ tịch số 60/2014/QH13"],"agencies":["000.00.15.H41"]}""";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private HttpProcedureDirectory directory;

    @BeforeEach
    void setUp() {
        Transport transport = Transport.builder().retryPolicy(new RetryPolicy(3, Duration.ZERO, Duration.ZERO, Duration.ZERO))
                .sleeper(duration -> { }).build();
        directory = HttpProcedureDirectory.builder().baseUrl(server.url("/api/v1/").toString()).transport(transport).build();
    }

    private void enqueue(int status, String body) {
        server.enqueue(new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build());
    }

    @Test
    void findsProcedureByLocalizedCode() throws Exception {
        enqueue(200, BIRTH);
        Procedure birth = directory.find(ProcedureCode.parse("1.001193.000.00.15.H41")).orElseThrow();
        assertThat(birth.name()).isEqualTo("Đăng ký khai sinh");
        assertThat(birth.agencies()).containsExactly(AgencyCode.parse("000.00.15.H41"));
        assertThat(birth.fees().get(0).amount()).hasValue(Vnd.ZERO);
        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/procedures/1.001193.000.00.15.H41");
        assertThat(request.getMethod()).isEqualTo("GET");
    }

    @Test
    void treats404AsNotFound() {
        enqueue(404, "{\"code\":\"NOT_FOUND\"}");
        enqueue(404, "{}");
        assertThat(directory.find(ProcedureCode.parse("9.999999"))).isEmpty();
        assertThat(directory.dossierStatus(DossierCode.parse("H15-261008-1"))).isEmpty();
    }

    @Test
    void sendsSearchParametersAndReadsPages() throws Exception {
        enqueue(200, "{\"items\":[" + BIRTH + "],\"page\":1,\"size\":1,\"totalItems\":3}");
        enqueue(200, "{\"items\":[],\"page\":3,\"size\":1,\"totalItems\":3}");
        Page<Procedure> page = directory.search(ProcedureQuery.keywords("khai sinh")
                .withAgency(AgencyCode.parse("000.00.00.H41")).withPage(1, 1));
        assertThat(page.items()).hasSize(1);
        assertThat(page.page()).isEqualTo(1);
        assertThat(page.hasNext()).isTrue();
        Page<Procedure> beyond = directory.search(ProcedureQuery.keywords("khai sinh").withPage(3, 1));
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.hasNext()).isFalse();
        var url = server.takeRequest().getUrl();
        assertThat(url.encodedPath()).isEqualTo("/api/v1/procedures");
        assertThat(url.queryParameter("q")).isEqualTo("khai sinh");
        assertThat(url.queryParameter("agency")).isEqualTo("000.00.00.H41");
        assertThat(url.queryParameter("page")).isEqualTo("1");
        assertThat(url.queryParameter("size")).isEqualTo("1");
        assertThat(server.takeRequest().getUrl().queryParameter("agency")).isNull();
    }

    @Test
    void readsDossierStatus() {
        enqueue(200, """
                {"dossierCode":"H15.50.05.13-261008-0975","state":"IN_PROGRESS","procedureCode":"1.001193.000.00.15.H41",
                 "steps":[{"name":"Tiếp nhận hồ sơ","startedAt":"2026-10-08T09:30:00+07:00","completedAt":"2026-10-08T09:45:00+07:00"},
                          {"name":"Thẩm định hồ sơ","startedAt":"2026-10-08T09:45:00+07:00","completedAt":null}],
                 "dueAt":"2026-10-09T17:00:00+07:00",
                 "feesPaid":[{"description":"Phí cấp bản sao trích lục","amountVnd":8000,"paidAt":"2026-10-08T09:40:00+07:00"}]}""");
        DossierStatus status = directory.dossierStatus(DossierCode.parse("H15.50.05.13-261008-0975")).orElseThrow();
        assertThat(status.state()).isEqualTo(DossierState.IN_PROGRESS);
        assertThat(status.steps()).hasSize(2);
        assertThat(status.steps().get(0).completedAt()).hasValue(Instant.parse("2026-10-08T02:45:00Z"));
        assertThat(status.steps().get(1).completedAt()).isEmpty();
        assertThat(status.dueAt()).hasValue(Instant.parse("2026-10-09T10:00:00Z"));
        assertThat(status.feesPaid()).singleElement().satisfies(fee -> assertThat(fee.amount()).isEqualTo(Vnd.of(8000)));
        assertThat(status.procedure()).map(Object::toString).hasValue("1.001193.000.00.15.H41");
    }

    @Test
    void retries5xxThenFailsAsUnavailable() {
        enqueue(503, "{}");
        enqueue(502, "{}");
        enqueue(500, "{}");
        assertThatThrownBy(() -> directory.find(ProcedureCode.parse("1.001193")))
                .isInstanceOfSatisfying(UnavailableException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreError.REMOTE_UNAVAILABLE);
                    assertThat(e.remote()).hasValueSatisfying(r -> assertThat(r.httpStatus()).isEqualTo(500));
                });
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void recoversWhenRetrySucceeds() {
        enqueue(503, "{}");
        enqueue(200, BIRTH);
        assertThat(directory.find(ProcedureCode.parse("1.001193"))).isPresent();
    }

    @Test
    void rejectsOther4xxWithoutRetry() {
        enqueue(400, "{\"code\":\"BAD\"}");
        assertThatThrownBy(() -> directory.search(ProcedureQuery.keywords("x")))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(CoreError.REMOTE_REJECTED));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void reportsMalformedJsonAsTypedError() {
        for (String body : new String[] {"not json", "[]", "{\"name\":\"x\"}", BIRTH.replace("\"COMMUNE\"", "\"DISTRICT\""),
                BIRTH.replace("1.001193.000.00.15.H41", "1.1"), BIRTH.replace("\"amountVnd\":0", "\"amountVnd\":-5")}) {
            enqueue(200, body);
            assertThatThrownBy(() -> directory.find(ProcedureCode.parse("1.001193"))).as(body)
                    .isInstanceOfSatisfying(UnavailableException.class, e -> assertThat(e.code()).isEqualTo(CoreError.BAD_RESPONSE));
        }
        enqueue(200, "{\"items\":[],\"page\":\"0\",\"size\":1,\"totalItems\":0}");
        assertThatThrownBy(() -> directory.search(ProcedureQuery.keywords("x"))).isInstanceOf(UnavailableException.class);
        enqueue(200, "{\"dossierCode\":\"H15-261008-1\",\"state\":\"LOST\"}");
        assertThatThrownBy(() -> directory.dossierStatus(DossierCode.parse("H15-261008-1"))).isInstanceOf(UnavailableException.class);
        enqueue(200, "{\"dossierCode\":\"H15-261008-1\",\"state\":\"RECEIVED\",\"dueAt\":\"2026-10-09\"}");
        assertThatThrownBy(() -> directory.dossierStatus(DossierCode.parse("H15-261008-1"))).isInstanceOf(UnavailableException.class);
    }

    @Test
    void requiresBaseUrl() {
        assertThatThrownBy(() -> HttpProcedureDirectory.builder().build()).isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> HttpProcedureDirectory.builder().baseUrl("ftp://x")).isInstanceOf(RejectedException.class);
    }
}
