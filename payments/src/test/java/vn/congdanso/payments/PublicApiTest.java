package vn.congdanso.payments;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.testing.ApiSnapshot;

/**
 * The module's public API equals the committed {@code api/payments.api}; rewrite it deliberately with
 * {@code mvn verify -Dcongdanso.api.update=true}.
 */
class PublicApiTest {

    @Test
    void publicApiMatchesTheCommittedSnapshot() {
        ApiSnapshot.assertMatches(Path.of("target", "classes"), Path.of("api", "payments.api"));
    }
}
