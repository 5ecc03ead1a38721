package vn.congdanso.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiSnapshotTest {

    private static final Path CORE_CLASSES = Path.of("target", "classes");

    @Test
    void dumpsExportedTypesWithTheirSignatures() {
        String dump = ApiSnapshot.dump(CORE_CLASSES);

        assertThat(dump).startsWith("module vn.congdanso.core\n")
                .contains("public record vn.congdanso.core.Vnd implements java.lang.Comparable<vn.congdanso.core.Vnd>")
                .contains("  method public static vn.congdanso.core.Vnd vn.congdanso.core.Vnd.of(long)");
    }

    @Test
    void leavesOutPrivateMembers() {
        String dump = ApiSnapshot.dump(CORE_CLASSES);

        assertThat(dump).doesNotContain(" private ").doesNotContain(".internal.");
    }

    @Test
    void rejectsAChangedApiWithADiffAndTheCommandToRegenerate(@TempDir Path dir) throws IOException {
        Path snapshot = dir.resolve("core.api");
        String dump = ApiSnapshot.dump(CORE_CLASSES);
        Files.writeString(snapshot, dump.replace("Vnd.of(long)", "Vnd.of(int)"));

        assertThatThrownBy(() -> ApiSnapshot.assertMatches(CORE_CLASSES, snapshot, false))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("-   method public static vn.congdanso.core.Vnd vn.congdanso.core.Vnd.of(int)")
                .hasMessageContaining("+   method public static vn.congdanso.core.Vnd vn.congdanso.core.Vnd.of(long)")
                .hasMessageContaining("mvn verify -Dcongdanso.api.update=true");
    }

    @Test
    void rejectsAMissingSnapshotWithTheCommandToCreateIt(@TempDir Path dir) {
        assertThatThrownBy(() -> ApiSnapshot.assertMatches(CORE_CLASSES, dir.resolve("none.api"), false))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("-Dcongdanso.api.update=true");
    }

    @Test
    void rewritesTheSnapshotWhenAskedTo(@TempDir Path dir) throws IOException {
        Path snapshot = dir.resolve("api").resolve("core.api");

        ApiSnapshot.assertMatches(CORE_CLASSES, snapshot, true);

        assertThat(snapshot).hasContent(ApiSnapshot.dump(CORE_CLASSES));
    }

    @Test
    void acceptsAnUnchangedApi(@TempDir Path dir) throws IOException {
        Path snapshot = dir.resolve("core.api");
        Files.writeString(snapshot, ApiSnapshot.dump(CORE_CLASSES));

        ApiSnapshot.assertMatches(CORE_CLASSES, snapshot, false);
    }
}
