package vn.congdanso.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;

class CallbackAckTest {

    @Test
    void rejectsAStatusThatIsNoHttpStatusWithAnSdkException() {
        assertThatThrownBy(() -> CallbackAck.empty(99))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(CoreError.BAD_ARGUMENT));
        assertThatThrownBy(() -> CallbackAck.empty(600)).isInstanceOf(RejectedException.class);
    }

    @Test
    void rejectsANullBodyByName() {
        assertThatThrownBy(() -> new CallbackAck(200, "", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("body == null");
    }

    @Test
    void buildsAJsonAnswer() {
        assertThat(CallbackAck.json("{}")).isEqualTo(new CallbackAck(200, "application/json; charset=utf-8", "{}"));
    }
}
