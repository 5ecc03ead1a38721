package vn.congdanso.onestop.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import vn.congdanso.onestop.DeskApp;

/**
 * Under {@code /api/v1/} every failure answers the contract's {@code Error} JSON,
 * {@code {"code","message"}}, without internals: not only the SDK's rejections, but a directory
 * that cannot be reached (503) and Spring MVC's refusals before any controller (404, 405, 415).
 */
class ApiFailuresTest {

    private final DeskApp desk = DeskApp.shared();

    @Test
    void answersAnUnsupportedMethodWithTheErrorShape() {
        HttpResponse<String> refused = desk.send(HttpRequest.newBuilder(desk.uri("/api/v1/procedures"))
                .DELETE().build());

        assertThat(refused.statusCode()).isEqualTo(405);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(refused.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
        assertThat(refused.body()).startsWith("{\"code\":\"desk.UNSUPPORTED_METHOD\",\"message\":\"")
                .doesNotContain("Exception", "trace");
    }

    @Test
    void answersAnUnknownApiPathWithTheErrorShape() {
        HttpResponse<String> refused = desk.get("/api/v1/nothing-here");

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).startsWith("{\"code\":\"desk.UNKNOWN_PATH\",\"message\":\"");
    }

    @Test
    void leavesPagesOutsideTheApiToTheDesksOwnErrors() {
        HttpResponse<String> refused = desk.send(HttpRequest.newBuilder(desk.uri("/procedures")).DELETE().build());

        assertThat(refused.statusCode()).isEqualTo(405);
        assertThat(refused.body()).doesNotContain("desk.UNSUPPORTED_METHOD");
    }

    @Test
    void answers503WithTheSdksCodeWhenTheDirectoryCannotBeReached() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        try (DeskApp remote = DeskApp.start("--congdanso.procedures.mode=remote",
                "--congdanso.procedures.base-url=http://127.0.0.1:" + closed + "/api/v1")) {
            HttpResponse<String> failed = remote.get("/api/v1/procedures/1.004222");

            assertThat(failed.statusCode()).as(failed.body()).isEqualTo(503);
            assertThat(failed.body()).matches("\\{\"code\":\"core\\.[A-Z_]+\",\"message\":\"[^\"]+\"}")
                    .doesNotContain("127.0.0.1", "Exception");
        }
    }
}
