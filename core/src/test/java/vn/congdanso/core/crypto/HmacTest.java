package vn.congdanso.core.crypto;

import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import vn.congdanso.core.Secret;

import static org.assertj.core.api.Assertions.assertThat;

class HmacTest {

    private static final HexFormat HEX = HexFormat.of();

    /** RFC 4231 test cases 1, 2, 3, 4, 6 and 7 (key and data in hex). */
    @ParameterizedTest(name = "RFC 4231 case {0}")
    @CsvSource({
        "1, 0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b, 4869205468657265,"
            + " b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7,"
            + " 87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854",
        "2, 4a656665, 7768617420646f2079612077616e7420666f72206e6f7468696e673f,"
            + " 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843,"
            + " 164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737",
        "3, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,"
            + " dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd,"
            + " 773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe,"
            + " fa73b0089d56a284efb0f0756c890be9b1b5dbdd8ee81a3655f83e33b2279d39bf3e848279a722c806b485a47e67c807b946a337bee8942674278859e13292fb",
        "4, 0102030405060708090a0b0c0d0e0f10111213141516171819,"
            + " cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd,"
            + " 82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b,"
            + " b0ba465637458c6990e5a8c5f61d4af7e576d97ff94b872de76f8050361ee3dba91ca5c11aa25eb4d679275cc5788063a5f19741120c4f2de2adebeb10a298dd",
        "6, LARGE_KEY, 54657374205573696e67204c6172676572205468616e20426c6f636b2d53697a65204b6579202d2048617368204b6579204669727374,"
            + " 60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54,"
            + " 80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598",
        "7, LARGE_KEY, 5468697320697320612074657374207573696e672061206c6172676572207468616e20626c6f636b2d73697a65206b657920616e642061206c6172676572207468616e20626c6f636b2d73697a6520646174612e20546865206b6579206e6565647320746f20626520686173686564206265666f7265206265696e6720757365642062792074686520484d414320616c676f726974686d2e,"
            + " 9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2,"
            + " e37b6a775dc87dbaa4dfa9f96e5e3ffddebd71f8867289865df5a32d20cdc944b6022cac3c4982b10d5eeb55c3e4de15134676fb6de0446065c97440fa8c6a58",
    })
    void matchesRfc4231KnownAnswers(int testCase, String keyHex, String dataHex, String sha256, String sha512) {
        Secret key = Secret.ofBytes(keyHex.equals("LARGE_KEY") ? largeKey() : HEX.parseHex(keyHex));
        byte[] data = HEX.parseHex(dataHex);

        assertThat(HEX.formatHex(Hmac.sha256(key).sign(data))).isEqualTo(sha256);
        assertThat(HEX.formatHex(Hmac.sha512(key).sign(data))).isEqualTo(sha512);
    }

    @Test
    void hexIsLowerCaseOfUtf8Message() {
        Hmac hmac = Hmac.sha256(Secret.of("Jefe"));

        assertThat(hmac.hex("what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void matchesReceivedHexInEitherCase() {
        Hmac hmac = Hmac.sha512(Secret.of("Jefe"));
        String mac = hmac.hex("what do ya want for nothing?");

        assertThat(hmac.matches("what do ya want for nothing?", mac)).isTrue();
        assertThat(hmac.matches("what do ya want for nothing?", mac.toUpperCase())).isTrue();
        assertThat(hmac.matches("what do ya want for nothing!", mac)).isFalse();
        assertThat(hmac.matches("what do ya want for nothing?", mac.substring(2))).isFalse();
    }

    @Test
    void givesTheSameMacOnEveryThread() throws Exception {
        Hmac hmac = Hmac.sha512(Secret.of("shared-key"));
        String expected = hmac.hex("message");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<?>[] results = new Future<?>[8];
            for (int i = 0; i < results.length; i++) {
                results[i] = pool.submit(() -> {
                    for (int n = 0; n < 1000; n++) {
                        assertThat(hmac.hex("message")).isEqualTo(expected);
                    }
                });
            }
            for (Future<?> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void neverShowsTheKey() {
        assertThat(Hmac.sha256(Secret.of("TOP-SECRET-KEY")).toString()).doesNotContain("TOP-SECRET-KEY");
    }

    private static byte[] largeKey() {
        byte[] key = new byte[131];
        java.util.Arrays.fill(key, (byte) 0xaa);
        return key;
    }
}
