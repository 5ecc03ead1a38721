package vn.congdanso.identity.mrz;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Secret;
import vn.congdanso.core.testing.SharedVectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChipAccessKeysTest {

    @Test
    void reproducesTheIcaoWorkedExample() {
        ChipAccessKeys keys = ChipAccessKeys.derive("L898902C<", "690806", "940623");

        assertThat(keys.mrzInformation()).isEqualTo("L898902C<369080619406236");
        assertThat(hex(keys.seed())).isEqualTo("239AB9CB282DAF66231DC5A4DF6BFBAE");
        assertThat(hex(keys.encryptionKey())).isEqualTo("AB94FDECF2674FDFB9B391F85D7F76F2");
        assertThat(hex(keys.macKey())).isEqualTo("7962D9ECE03D1ACD4C76089DCE131543");
    }

    @Test
    void derivesTheKeysOfEverySharedVector() {
        int checked = 0;
        for (JsonNode vector : SharedVectors.vectors("mrz")) {
            JsonNode bac = vector.get("expect").get("bac");
            ChipAccessKeys keys = vector.has("lines")
                    ? VietnameseIdMrz.parse(String.join("\n", lines(vector))).chipAccessKeys()
                    : ChipAccessKeys.derive(vector.get("documentNumber").asText(), vector.get("birthDate").asText(),
                            vector.get("expiryDate").asText());
            assertThat(keys.mrzInformation()).as(vector.get("id").asText()).isEqualTo(bac.get("mrzInformation").asText());
            assertThat(hex(keys.seed())).isEqualTo(bac.get("kseed").asText());
            assertThat(hex(keys.encryptionKey())).isEqualTo(bac.get("kenc").asText());
            assertThat(hex(keys.macKey())).isEqualTo(bac.get("kmac").asText());
            checked++;
        }
        assertThat(checked).isEqualTo(3);
    }

    @Test
    void padsAShortDocumentNumberWithFillers() {
        assertThat(ChipAccessKeys.derive("L898902C", "690806", "940623").mrzInformation())
                .isEqualTo("L898902C<369080619406236");
    }

    @Test
    void setsOddParityOnEveryKeyByte() {
        ChipAccessKeys keys = ChipAccessKeys.derive("090123456", "900101", "300101");

        for (byte b : keys.encryptionKey().bytes()) {
            assertThat(Integer.bitCount(b & 0xFF) % 2).isEqualTo(1);
        }
        for (byte b : keys.macKey().bytes()) {
            assertThat(Integer.bitCount(b & 0xFF) % 2).isEqualTo(1);
        }
        assertThat(ChipAccessKeys.withOddParity((byte) 0x00)).isEqualTo((byte) 0x01);
        assertThat(ChipAccessKeys.withOddParity((byte) 0x01)).isEqualTo((byte) 0x01);
        assertThat(ChipAccessKeys.withOddParity((byte) 0xFF)).isEqualTo((byte) 0xFE);
    }

    @Test
    void rejectsInputThatIsNotMrzText() {
        assertThatThrownBy(() -> ChipAccessKeys.derive("l898902c", "690806", "940623"))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(CoreError.BAD_ARGUMENT));
        assertThatThrownBy(() -> ChipAccessKeys.derive("L898902C", "6908", "940623"))
                .isInstanceOf(RejectedException.class);
    }

    @Test
    void neverShowsKeysInToString() {
        ChipAccessKeys keys = ChipAccessKeys.derive("L898902C<", "690806", "940623");

        assertThat(keys.toString()).doesNotContain("L898902C", "239A", "690806");
    }

    private static String hex(Secret secret) {
        return HexFormat.of().withUpperCase().formatHex(secret.bytes());
    }

    private static List<String> lines(JsonNode vector) {
        List<String> lines = new ArrayList<>();
        vector.get("lines").forEach(line -> lines.add(line.asText()));
        return lines;
    }
}
