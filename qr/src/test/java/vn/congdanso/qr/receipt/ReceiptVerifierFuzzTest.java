package vn.congdanso.qr.receipt;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.congdanso.qr.procedure.Fuzz;
import vn.congdanso.qr.receipt.internal.Base45;
import vn.congdanso.qr.receipt.internal.Zlib;

import static org.assertj.core.api.Assertions.assertThat;

/** Property: verification and its layers reject any damaged input with an SDK exception only. */
class ReceiptVerifierFuzzTest {

    private final ReceiptVerifier verifier = Receipts.verifier(Receipts.CLOCK);

    @Test
    void base45DecoderThrowsOnlySdkExceptions() {
        Fuzz fuzz = new Fuzz(45);
        List<String> seeds = List.of("BB8", "%69 VD92EX0", "UJCLQE7W581", "QED8WEX0");
        int accepted = Fuzz.run(i -> fuzz.mutate(fuzz.seed(seeds), Base45.ALPHABET),
                text -> assertThat(Base45.encode(Base45.decode(text))).isEqualTo(text));
        assertThat(accepted).isPositive();
    }

    @Test
    void verifierRejectsMutatedPayloadsWithSdkExceptionsOnly() {
        Fuzz fuzz = new Fuzz(1);
        String valid = Receipts.signedTypical();
        byte[] cose = Zlib.inflate(Base45.decode(valid.substring(ReceiptSigner.PREFIX.length())), 4096);
        Fuzz.run(i -> i % 500 == 0 ? mutateMessage(fuzz, cose) : mutatePayload(fuzz, valid), payload -> {
            verifier.verify(payload);
            // Deflate ignores the padding bits of its last byte, so a text that differs only
            // there re-encodes the same signed message; any other accepted change is a forgery.
            assertThat(signedMessage(payload)).as("a changed signed message verified").isEqualTo(cose);
        });
    }

    private static byte[] signedMessage(String payload) {
        return Zlib.inflate(Base45.decode(payload.substring(ReceiptSigner.PREFIX.length())), 4096);
    }

    /** A text mutation that changes the payload (unchanged ones would only re-verify the valid receipt). */
    private static String mutatePayload(Fuzz fuzz, String valid) {
        String mutated = fuzz.mutate(valid, Base45.ALPHABET);
        return mutated.equals(valid) ? mutated + "0" : mutated;
    }

    private static String mutateMessage(Fuzz fuzz, byte[] cose) {
        byte[] bytes = cose.clone();
        int edits = 1 + fuzz.random().nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = fuzz.random().nextInt(bytes.length);
            bytes[at] = fuzz.random().nextBoolean() ? (byte) fuzz.random().nextInt(256) : (byte) (bytes[at] ^ (1 << fuzz.random().nextInt(8)));
        }
        if (fuzz.random().nextInt(5) == 0) {
            bytes = java.util.Arrays.copyOf(bytes, fuzz.random().nextInt(bytes.length + 8));
        }
        return ReceiptSigner.PREFIX + Base45.encode(Zlib.deflate(bytes));
    }
}
