package vn.congdanso.onestop.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's packages ({@code chromium}, {@code chromium-driver}), driven
 * through its own chromedriver: nothing is downloaded. The paths come from
 * {@code CONGDANSO_TEST_CHROMIUM} and {@code CONGDANSO_TEST_CHROMEDRIVER} (set by {@code .ci/run}),
 * else Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}. Without them the
 * browser tests are skipped, and with {@code CI=true} they fail.
 */
final class Chromium {

    private Chromium() {
    }

    static ChromeDriver start(Path profile) {
        Path browser = executable("CONGDANSO_TEST_CHROMIUM", "/usr/bin/chromium");
        Path driver = executable("CONGDANSO_TEST_CHROMEDRIVER", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        // The flags a closed network needs: no background connections, no component updates.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,1800", "--lang=vi",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    static Path newProfile() {
        try {
            return Files.createTempDirectory("onestop-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path executable(String variable, String debianPath) {
        Optional<Path> found = Optional.ofNullable(System.getenv(variable)).filter(v -> !v.isBlank()).map(Path::of)
                .or(() -> Optional.of(Path.of(debianPath)))
                .filter(Files::isExecutable);
        if (found.isEmpty()) {
            String message = variable + " is not set and " + debianPath + " is missing: install Debian's chromium and chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + " (CI must run the browser test)");
            }
            Assumptions.abort(message + "; the browser test is skipped");
        }
        return found.orElseThrow();
    }
}
