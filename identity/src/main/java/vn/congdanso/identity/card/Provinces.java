package vn.congdanso.identity.card;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static java.util.Objects.requireNonNull;

/**
 * The province table of the 12-digit ID number: the 63 codes of the pre-2025 map, each with the
 * province it belongs to since the 2025 merger (Nghị quyết 202/2025/QH15, 34 provinces). Loaded
 * once from the versioned resource {@code vn/congdanso/identity/data/provinces.json}; immutable
 * and thread-safe.
 *
 * <p>An unknown code is not an error: the rule that defined the codes was replaced in 2024, so
 * {@link #byCode(String)} simply answers empty.
 */
public final class Provinces {

    private static final String RESOURCE = "/vn/congdanso/identity/data/provinces.json";
    private static final Provinces TABLE = load();

    private final String version;
    private final LocalDate date;
    private final List<String> sources;
    private final Map<String, Province> byCode;

    private Provinces(String version, LocalDate date, List<String> sources, Map<String, Province> byCode) {
        this.version = version;
        this.date = date;
        this.sources = List.copyOf(sources);
        this.byCode = byCode;
    }

    /** The embedded table. */
    public static Provinces embedded() {
        return TABLE;
    }

    /** The province of a three-digit code, or empty when the code is not in the table. */
    public Optional<Province> byCode(String code) {
        requireNonNull(code, "code == null");
        return Optional.ofNullable(byCode.get(code));
    }

    /** All 63 provinces in code order. */
    public List<Province> all() {
        return List.copyOf(byCode.values());
    }

    /**
     * The pre-2025 provinces that make up {@code since2025} (its name on the map of 34, for example
     * {@code Phú Thọ}: codes 017, 025, 026), in code order; empty for a name not on that map.
     */
    public List<Province> formingSince2025(String since2025) {
        requireNonNull(since2025, "since2025 == null");
        return byCode.values().stream().filter(p -> p.since2025().equals(since2025)).toList();
    }

    /** The table's version. */
    public String version() {
        return version;
    }

    /** The date the table's content is valid from. */
    public LocalDate date() {
        return date;
    }

    /** The legal texts the table was compiled from (title, date and address of each). */
    public List<String> sources() {
        return sources;
    }

    private static Provinces load() {
        try (InputStream in = Provinces.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<String> sources = new ArrayList<>();
            for (JsonNode source : root.path("sources")) {
                sources.add(source.path("title").asText() + " (" + source.path("date").asText() + ") "
                        + source.path("url").asText());
            }
            Map<String, Province> byCode = new LinkedHashMap<>();
            for (JsonNode row : root.path("provinces")) {
                Province province = new Province(row.path("code").asText(), row.path("name").asText(),
                        row.path("since2025").asText());
                byCode.put(province.code(), province);
            }
            return new Provinces(root.path("version").asText(), LocalDate.parse(root.path("date").asText()),
                    sources, Collections.unmodifiableMap(byCode));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled " + RESOURCE, e);
        }
    }
}
