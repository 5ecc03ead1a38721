package vn.congdanso.qr.receipt.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.testing.SharedVectors;
import vn.congdanso.qr.receipt.ReceiptError;
import vn.congdanso.qr.receipt.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoseSign1Test {

    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] PAYLOAD = "This is the content.".getBytes(StandardCharsets.UTF_8);

    static List<String> vectorFiles() throws IOException {
        try (Stream<Path> files = Files.list(SharedVectors.path("vectors/cose"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
    }

    private static JsonNode vector(String file) {
        return SharedVectors.json("vectors/cose/" + file);
    }

    private static byte[] external(JsonNode vector) {
        return HEX.parseHex(vector.at("/input/sign0/external").asText(""));
    }

    @Test
    void sharedDirectoryHoldsPassAndFailCases() throws IOException {
        List<String> files = vectorFiles();
        assertThat(files).hasSize(11);
        assertThat(files.stream().filter(f -> vector(f).path("fail").asBoolean())).hasSize(6);
    }

    @ParameterizedTest
    @MethodSource("vectorFiles")
    void verifiesPassCasesAndRejectsFailCases(String file) {
        JsonNode vector = vector(file);
        byte[] cbor = HEX.parseHex(vector.at("/output/cbor").asText());
        var key = TestKeys.publicJwk(vector.at("/input/sign0/key"));
        if (vector.path("fail").asBoolean()) {
            assertThatThrownBy(() -> CoseSign1.decode(cbor).verify(key, external(vector)))
                    .isInstanceOf(RejectedException.class);
        } else {
            CoseSign1 message = CoseSign1.decode(cbor);
            assertThat(message.toBeSigned(external(vector)))
                    .isEqualTo(HEX.parseHex(vector.at("/intermediates/ToBeSign_hex").asText()));
            assertThatCode(() -> message.verify(key, external(vector))).doesNotThrowAnyException();
            assertThat(message.payload()).isEqualTo(PAYLOAD);
            assertThat(message.kid()).hasValueSatisfying(kid -> assertThat(kid).isEqualTo(
                    vector.at("/input/sign0/unprotected/kid").asText().getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void rejectsWrongTagAsMalformed() {
        byte[] cbor = HEX.parseHex(vector("sign-fail-01.json").at("/output/cbor").asText());
        assertThatThrownBy(() -> CoseSign1.decode(cbor))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(ReceiptError.BAD_COSE));
    }

    @Test
    void rejectsUnknownAlgorithms() {
        for (String file : List.of("sign-fail-03.json", "sign-fail-04.json")) {
            JsonNode vector = vector(file);
            CoseSign1 message = CoseSign1.decode(HEX.parseHex(vector.at("/output/cbor").asText()));
            assertThatThrownBy(message::algorithm).isInstanceOfSatisfying(RejectedException.class,
                    e -> assertThat(e.code()).isEqualTo(ReceiptError.UNSUPPORTED_ALGORITHM));
        }
    }

    @Test
    void rejectsAlteredExternalData() {
        JsonNode vector = vector("sign-pass-02.json");
        CoseSign1 message = CoseSign1.decode(HEX.parseHex(vector.at("/output/cbor").asText()));
        var key = TestKeys.publicJwk(vector.at("/input/sign0/key"));
        assertThatThrownBy(() -> message.verify(key, null))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(ReceiptError.BAD_SIGNATURE));
    }

    @Test
    void signsWhatTheVectorKeyVerifies() {
        JsonNode jwk = vector("sign-pass-03.json").at("/input/sign0/key");
        byte[] signed = CoseSign1.sign(Ecdsa.Algorithm.ES256, "11".getBytes(StandardCharsets.UTF_8), PAYLOAD,
                TestKeys.privateJwk(jwk), new byte[] {1, 2});
        CoseSign1 message = CoseSign1.decode(signed);
        assertThat(signed[0] & 0xff).isEqualTo(0xD2);
        assertThat(message.algorithm()).isEqualTo(Ecdsa.Algorithm.ES256);
        assertThat(message.algorithmProtected()).isTrue();
        assertThatCode(() -> message.verify(TestKeys.publicJwk(jwk), new byte[] {1, 2})).doesNotThrowAnyException();
    }

    @Test
    void rejectsStructuralDamage() {
        KeyPair keys = TestKeys.p256();
        byte[] good = CoseSign1.sign(Ecdsa.Algorithm.ES256, new byte[] {1}, PAYLOAD, keys.getPrivate(), null);
        List<byte[]> bad = List.of(new byte[0], HEX.parseHex("83"), HEX.parseHex("8440A04040"), HEX.parseHex("844040A04040"),
                java.util.Arrays.copyOf(good, good.length + 1), java.util.Arrays.copyOf(good, good.length - 1),
                HEX.parseHex("D2D28443A10126A0404040"), HEX.parseHex("8443A10126A1012640404040"));
        for (byte[] bytes : bad) {
            assertThatThrownBy(() -> CoseSign1.decode(bytes).verify(keys.getPublic(), null)).as(HEX.formatHex(bytes))
                    .isInstanceOf(RejectedException.class);
        }
    }

    @Test
    void rejectsKidThatIsNotBytes() {
        byte[] cbor = HEX.parseHex("8443A10126A104613140" + "40");
        assertThatThrownBy(() -> CoseSign1.decode(cbor).kid())
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(ReceiptError.BAD_COSE));
    }
}
