package vn.congdanso.qr.receipt.internal;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.receipt.ReceiptError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CborTest {

    private static Cbor.Item read(String hex) {
        return Cbor.read(HexFormat.of().parseHex(hex), ReceiptError.BAD_COSE, "item");
    }

    @Test
    void readsTagAndIntegerLabels() {
        Cbor.Item item = read("D2A10126");
        assertThat(item.tag()).isEqualTo(18);
        assertThat(item.node().get("1").intValue()).isEqualTo(-7);
        assertThat(read("A0").tag()).isEqualTo(-1);
    }

    @Test
    void writesDefiniteLengths() {
        byte[] bytes = Cbor.write(g -> {
            g.writeStartArray(null, 2);
            g.writeNumber(1);
            g.writeString("a");
            g.writeEndArray();
        });
        assertThat(HexFormat.of().formatHex(bytes)).isEqualTo("82016161");
    }

    @Test
    void rejectsDuplicateKeysTrailingDataAndTruncation() {
        for (String hex : new String[] {"A201010102", "A000", "82", "", "D2D2A0", "FF", "5F"}) {
            assertThatThrownBy(() -> read(hex)).as(hex).isInstanceOfSatisfying(RejectedException.class,
                    e -> assertThat(e.code()).isEqualTo(ReceiptError.BAD_COSE));
        }
    }
}
