package vn.congdanso.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ExamplesTest {

    @Test
    void qrExampleKeepsItsImagesWhereItSaysItWroteThem(@TempDir Path dir) {
        Path out = dir.resolve("examples-out");

        String text = run(new QrCodecExample(out));

        assertThat(out.resolve("quay-mot-cua.png")).isNotEmptyFile();
        assertThat(out.resolve("quay-mot-cua.svg")).content().contains("<svg");
        assertThat(text).contains("Open them: " + out.resolve("quay-mot-cua.png"));
    }

    @Test
    void receiptExampleShowsWhereTamperingAndForgeryAreCaught() {
        String text = run(new SignedReceiptExample());

        assertThat(text).containsPattern("A copy with one character changed is rejected: receipt\\.BAD_(COMPRESSION|BASE45)")
                .contains("before it even reaches the signature")
                .contains("signed with another key under the desk's kid is rejected: receipt.BAD_SIGNATURE");
    }

    private static String run(Example example) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        example.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
