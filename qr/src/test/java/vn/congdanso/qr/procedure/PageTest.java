package vn.congdanso.qr.procedure;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageTest {

    @Test
    void knowsWhetherMoreFollow() {
        assertThat(new Page<>(List.of(1, 2), 0, 2, 3).hasNext()).isTrue();
        assertThat(new Page<>(List.of(3), 1, 2, 3).hasNext()).isFalse();
        assertThat(new Page<>(List.of(), 0, 2, 0).hasNext()).isFalse();
    }
}
