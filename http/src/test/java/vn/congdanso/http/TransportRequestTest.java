package vn.congdanso.http;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransportRequestTest {

    @Test
    void getIsIdempotentPostIsNot() {
        TransportRequest get = TransportRequest.get("https://api.example.vn/procedures");
        TransportRequest post = TransportRequest.postJson(get.url(), "{}");

        assertThat(get.isIdempotent()).isTrue();
        assertThat(post.isIdempotent()).isFalse();
        assertThat(post.withIdempotencyKey("k-1").isIdempotent()).isTrue();
    }

    @Test
    void withHeaderReturnsACopy() {
        TransportRequest request = TransportRequest.get("https://api.example.vn/");
        TransportRequest copy = request.withHeader("Accept", "application/json");

        assertThat(request.headers()).isEmpty();
        assertThat(copy.headers()).containsEntry("Accept", "application/json");
    }

    @Test
    void rejectsMalformedUrls() {
        assertThatThrownBy(() -> TransportRequest.get("ftp:/nowhere")).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.code()).isEqualTo(CoreError.BAD_ARGUMENT));
    }

    @Test
    void toStringShowsHeaderNamesButNeverTheirValuesOrTheBody() {
        TransportRequest request = TransportRequest.postJson(
                TransportRequest.parseUrl("https://api.example.vn:8443/citizens/025090000123?phone=0912345678"),
                "{\"accountNumber\":\"0011001932418\"}").withHeader("x-api-key", "s3cr3t-K3y-value");

        assertThat(request.toString()).contains("x-api-key").contains("api.example.vn:8443").contains("bytes")
                .doesNotContain("s3cr3t").doesNotContain("025090000123").doesNotContain("0912345678")
                .doesNotContain("0011001932418");
    }
}
