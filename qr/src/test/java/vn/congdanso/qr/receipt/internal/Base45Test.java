package vn.congdanso.qr.receipt.internal;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.testing.SharedVectors;
import vn.congdanso.qr.receipt.ReceiptError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Base45Test {

    @Test
    void passesEverySharedVector() {
        int checked = 0;
        for (JsonNode vector : SharedVectors.vectors("base45")) {
            String encoded = vector.get("encoded").asText();
            if (vector.path("expectError").asBoolean(false)) {
                assertThatThrownBy(() -> Base45.decode(encoded)).as(vector.get("id").asText())
                        .isInstanceOf(RejectedException.class)
                        .satisfies(e -> assertThat(((RejectedException) e).code()).isEqualTo(ReceiptError.BAD_BASE45));
            } else {
                byte[] bytes = vector.get("bytesUtf8").asText().getBytes(StandardCharsets.UTF_8);
                assertThat(Base45.encode(bytes)).as(vector.get("id").asText()).isEqualTo(encoded);
                assertThat(Base45.decode(encoded)).isEqualTo(bytes);
            }
            checked++;
        }
        assertThat(checked).isEqualTo(7);
    }

    @Test
    void roundTripsRandomBytesOfEveryLength() {
        Random random = new Random(45);
        for (int length = 0; length < 300; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            assertThat(Base45.decode(Base45.encode(bytes))).isEqualTo(bytes);
        }
    }

    @Test
    void reportsOffsetOfCharacterOutsideAlphabet() {
        assertThatThrownBy(() -> Base45.decode("QED8WEx0"))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.offset()).hasValue(6));
    }

    @Test
    void rejectsNonAsciiCharacter() {
        assertThatThrownBy(() -> Base45.decode("BBĐ"))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.offset()).hasValue(2));
    }

    @Test
    void rejectsGroupAboveMaximum() {
        assertThatThrownBy(() -> Base45.decode("GGW"))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.offset()).hasValue(0));
    }

    @Test
    void rejectsFinalPairAbove255() {
        assertThatThrownBy(() -> Base45.decode("::"))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(ReceiptError.BAD_BASE45));
    }

    @Test
    void rejectsDanglingCharacter() {
        assertThatThrownBy(() -> Base45.decode("BB8A"))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.offset()).hasValue(3));
    }

    @Test
    void decodesEmptyTextToNoBytes() {
        assertThat(Base45.decode("")).isEmpty();
        assertThat(Base45.encode(new byte[0])).isEmpty();
    }
}
