package vn.congdanso.payments.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;
import vn.congdanso.payments.GatewayError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryTextTest {

    @Test
    void decodesFormEncodedParametersInOrder() {
        assertThat(QueryText.decode("?b=x+y&a=%C3%A9&c=&d", "q")).containsExactly(
                java.util.Map.entry("b", "x y"), java.util.Map.entry("a", "é"), java.util.Map.entry("c", ""),
                java.util.Map.entry("d", ""));
    }

    private static String manyParameters() {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i <= QueryText.MAX_PARAMETERS; i++) {
            query.append("p").append(i).append("=1&");
        }
        return query.toString();
    }

    @Test
    void rejectsRepeatsBadEscapesAndHostileSizes() {
        assertThatThrownBy(() -> QueryText.decode("a=1&a=2", "q")).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.code()).isEqualTo(GatewayError.DUPLICATE_PARAMETER));
        for (String query : List.of("a=%G1", "a=%4", "a=%C3%28", "a=" + "x".repeat(20_000), manyParameters())) {
            assertThatThrownBy(() -> QueryText.decode(query, "q")).isInstanceOfSatisfying(RejectedException.class,
                    e -> assertThat(e.code()).isEqualTo(GatewayError.BAD_CALLBACK));
        }
    }
}
