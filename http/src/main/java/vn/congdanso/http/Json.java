package vn.congdanso.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The SDK's JSON configuration. */
public final class Json {

    private Json() {
    }

    /**
     * A new {@link ObjectMapper} configured as the SDK expects: unknown properties ignored (remote
     * parties add fields), {@code java.time} and {@code Optional} supported, dates as ISO text.
     * Callers who pass their own mapper to an SDK client should configure it the same way.
     */
    public static ObjectMapper newObjectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }
}
