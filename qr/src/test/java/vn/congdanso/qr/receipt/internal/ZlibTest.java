package vn.congdanso.qr.receipt.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.receipt.ReceiptError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ZlibTest {

    private static final byte[] TEXT = "Đăng ký khai sinh, đăng ký khai sinh, đăng ký khai sinh".getBytes(StandardCharsets.UTF_8);

    @Test
    void roundTrips() {
        assertThat(Zlib.inflate(Zlib.deflate(TEXT), 4096)).isEqualTo(TEXT);
    }

    @Test
    void rejectsOutputBeyondBound() {
        byte[] bomb = Zlib.deflate(new byte[1_000_000]);
        assertThatThrownBy(() -> Zlib.inflate(bomb, 4096))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(ReceiptError.PAYLOAD_TOO_LARGE));
    }

    @Test
    void rejectsTruncatedStream() {
        byte[] compressed = Zlib.deflate(TEXT);
        byte[] truncated = Arrays.copyOf(compressed, compressed.length - 3);
        assertThatThrownBy(() -> Zlib.inflate(truncated, 4096))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(ReceiptError.BAD_COMPRESSION));
    }

    @Test
    void rejectsTrailingBytes() {
        byte[] compressed = Zlib.deflate(TEXT);
        byte[] extended = Arrays.copyOf(compressed, compressed.length + 1);
        assertThatThrownBy(() -> Zlib.inflate(extended, 4096))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(ReceiptError.BAD_COMPRESSION));
    }

    @Test
    void rejectsGarbage() {
        assertThatThrownBy(() -> Zlib.inflate(TEXT, 4096))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(ReceiptError.BAD_COMPRESSION));
    }

    @Test
    void rejectsCorruptedChecksum() {
        byte[] compressed = Zlib.deflate(TEXT);
        compressed[compressed.length - 1] ^= 1;
        assertThatThrownBy(() -> Zlib.inflate(compressed, 4096))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(ReceiptError.BAD_COMPRESSION));
    }
}
