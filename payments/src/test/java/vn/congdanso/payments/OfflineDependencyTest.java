package vn.congdanso.payments;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code congdanso-http} (and OkHttp) is an optional dependency: only the gateway API clients and
 * the one internal class they share may refer to it, so offline features load without it.
 */
class OfflineDependencyTest {

    @Test
    void onlyTheApiClientsReferToTheHttpModule() throws IOException, URISyntaxException {
        Path classes = Path.of(CallbackVerifier.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> offenders;
        try (Stream<Path> files = Files.walk(classes)) {
            offenders = files.filter(file -> file.toString().endsWith(".class"))
                    .filter(OfflineDependencyTest::refersToHttp)
                    .map(file -> classes.relativize(file).toString())
                    .filter(name -> !isAllowed(name))
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }

    private static boolean isAllowed(String name) {
        String simple = name.substring(name.lastIndexOf('/') + 1);
        return simple.matches("[A-Za-z]+Client(\\$.*)?\\.class") || simple.startsWith("GatewayHttp")
                || name.equals("module-info.class");
    }

    private static boolean refersToHttp(Path file) {
        try {
            String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            return constants.contains("vn/congdanso/http/") || constants.contains("okhttp3/");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
