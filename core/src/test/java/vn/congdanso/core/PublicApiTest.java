package vn.congdanso.core;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.testing.ApiSnapshot;

/**
 * The module's public API equals the committed {@code api/core.api}; rewrite it deliberately with
 * {@code mvn verify -Dcongdanso.api.update=true}.
 */
class PublicApiTest {

    @Test
    void publicApiMatchesTheCommittedSnapshot() {
        ApiSnapshot.assertMatches(Path.of("target", "classes"), Path.of("api", "core.api"));
    }
}
