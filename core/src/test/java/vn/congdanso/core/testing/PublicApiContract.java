package vn.congdanso.core.testing;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks every published module runs on its public surface, inherited by one
 * {@code PublicApiTest} per module: the surface equals the committed {@code api/<module>.api}
 * (rewrite it deliberately with {@code mvn verify -Dcongdanso.api.update=true}), every exported
 * package states the null and exception contract, and public entry points reject null
 * arguments by name.
 */
public abstract class PublicApiContract {

    private static final Path CLASSES = Path.of("target", "classes");

    private final String module;
    private final List<String> nullExemptions;

    /**
     * @param module         the module's short name, which names its snapshot file
     * @param nullExemptions {@code Type.method} names that document null as a missing value
     */
    protected PublicApiContract(String module, String... nullExemptions) {
        this.module = module;
        this.nullExemptions = List.of(nullExemptions);
    }

    @Test
    void publicApiMatchesTheCommittedSnapshot() {
        ApiSnapshot.assertMatches(CLASSES, Path.of("api", module + ".api"));
    }

    @Test
    void everyExportedPackageDocumentsTheNullAndExceptionContract() {
        assertThat(ApiSnapshot.undocumentedPackages(CLASSES, Path.of("src", "main", "java"))).isEmpty();
    }

    @Test
    void publicEntryPointsRejectNullArgumentsByName() {
        assertThat(NullChecks.exempting(nullExemptions.toArray(String[]::new))
                .violations(ApiSnapshot.exportedTypes(CLASSES))).isEmpty();
    }
}
