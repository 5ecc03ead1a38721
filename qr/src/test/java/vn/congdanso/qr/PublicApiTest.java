package vn.congdanso.qr;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.testing.ApiSnapshot;
import vn.congdanso.core.testing.NullChecks;
import vn.congdanso.qr.receipt.ReceiptVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module's public surface: it equals the committed {@code api/qr.api} (rewrite that
 * deliberately with {@code mvn verify -Dcongdanso.api.update=true}), every exported package states
 * the null and exception contract, and public entry points reject null arguments by name.
 */
class PublicApiTest {

    private static final Path CLASSES = Path.of("target", "classes");

    @Test
    void publicApiMatchesTheCommittedSnapshot() {
        ApiSnapshot.assertMatches(CLASSES, Path.of("api", "qr.api"));
    }

    @Test
    void everyExportedPackageDocumentsTheNullAndExceptionContract() {
        assertThat(ApiSnapshot.undocumentedPackages(CLASSES, Path.of("src", "main", "java"))).isEmpty();
    }

    @Test
    void publicEntryPointsRejectNullArgumentsByName() {
        assertThat(NullChecks.exempting().violations(ApiSnapshot.exportedTypes(CLASSES))).isEmpty();
    }

    @Test
    void receiptVerificationRejectsNullByName() {
        ReceiptVerifier verifier = ReceiptVerifier.builder().keys(kid -> List.of()).build();

        assertThat(NullChecks.exempting().violationsOf(verifier)).isEmpty();
    }
}
