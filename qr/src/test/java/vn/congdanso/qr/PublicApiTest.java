package vn.congdanso.qr;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.testing.NullChecks;
import vn.congdanso.core.testing.PublicApiContract;
import vn.congdanso.qr.receipt.ReceiptVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/** The module's public surface and its contracts (see {@link PublicApiContract}), and a built verifier's. */
class PublicApiTest extends PublicApiContract {

    PublicApiTest() {
        super("qr");
    }

    @Test
    void receiptVerificationRejectsNullByName() {
        ReceiptVerifier verifier = ReceiptVerifier.builder().keys(kid -> List.of()).build();

        assertThat(NullChecks.exempting().violationsOf(verifier)).isEmpty();
    }
}
