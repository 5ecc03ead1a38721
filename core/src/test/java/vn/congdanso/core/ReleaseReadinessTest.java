package vn.congdanso.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What Maven Central and the project's users need from a release: the Apache-2.0 licence at the
 * repository root, and poms (the parent, which every module inherits from, and the stand-alone
 * BOM) with a name, description, url, licence, developers and scm. Run from the core module's
 * directory, as Maven runs tests.
 */
class ReleaseReadinessTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void shipsTheApacheLicenceAtTheRoot() throws IOException {
        String licence = Files.readString(ROOT.resolve("LICENSE"));

        assertThat(licence).contains("Apache License", "Version 2.0, January 2004",
                "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION", "END OF TERMS AND CONDITIONS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pom.xml", "bom/pom.xml"})
    void describesThePublishedArtifactsForMavenCentral(String pom) throws IOException {
        String text = Files.readString(ROOT.resolve(pom));

        assertThat(text).contains("<name>", "<description>", "<url>https://", "<name>Apache-2.0</name>",
                "<url>https://www.apache.org/licenses/LICENSE-2.0.txt</url>", "<developers>", "<scm>",
                "<connection>scm:git:", "<id>release</id>", "maven-gpg-plugin");
    }

    @Test
    void releaseBuildAttachesSourcesAndJavadocWithoutWarnings() throws IOException {
        String parent = Files.readString(ROOT.resolve("pom.xml"));

        assertThat(parent).contains("maven-source-plugin", "maven-javadoc-plugin",
                "<failOnWarnings>true</failOnWarnings>", "central-publishing-maven-plugin");
    }
}
