package vn.congdanso.http;

import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonTest {

    record Dossier(String code, Instant receivedAt) {
    }

    @Test
    void ignoresUnknownPropertiesAndReadsJavaTime() throws Exception {
        ObjectMapper mapper = Json.newObjectMapper();

        Dossier dossier = mapper.readValue(
                "{\"code\":\"H15-1\",\"receivedAt\":\"2026-11-29T03:00:00Z\",\"addedLater\":1}", Dossier.class);

        assertThat(dossier).isEqualTo(new Dossier("H15-1", Instant.parse("2026-11-29T03:00:00Z")));
        assertThat(mapper.writeValueAsString(dossier)).contains("\"2026-11-29T03:00:00Z\"");
    }
}
