package vn.congdanso.onestop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

class DeskStartsTest {

    @Test
    void startsOnEmbeddedDefaultsAndAnswersHealth() {
        DeskApp desk = DeskApp.shared();
        var health = desk.get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(desk.dataDir().resolve("sandbox-keys.properties")).exists();
        assertThat(desk.dataDir().resolve("receipt-signing-key.pem")).exists();
    }

    @Test
    void servesTheStartPageInVietnameseAndEnglish() {
        DeskApp desk = DeskApp.shared();
        assertThat(desk.get("/").body()).contains("Bộ phận Một cửa");
        assertThat(desk.get("/?lang=en").body()).contains("One-Stop desk");
    }

    @Test
    void keepsTheGeneratedKeysAcrossRestarts() throws Exception {
        try (DeskApp first = DeskApp.start()) {
            String keys = Files.readString(first.dataDir().resolve("sandbox-keys.properties"));
            first.close();
            try (DeskApp second = DeskApp.start(first.dataDir(), first.jdbcUrl())) {
                assertThat(Files.readString(second.dataDir().resolve("sandbox-keys.properties"))).isEqualTo(keys);
            }
        }
    }
}
