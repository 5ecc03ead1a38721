package vn.congdanso.qr.procedure;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import vn.congdanso.core.ErrorCode;
import vn.congdanso.core.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Asserts a rejection's code and offset. */
final class Rejections {

    private Rejections() {
    }

    static void assertRejected(ThrowingCallable call, ErrorCode code, int offset) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RejectedException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.offset()).hasValue(offset);
        });
    }
}
