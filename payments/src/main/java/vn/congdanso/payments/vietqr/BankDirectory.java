package vn.congdanso.payments.vietqr;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;

import static java.util.Objects.requireNonNull;

/**
 * Vietnamese banks and wallets by BIN and by VietQR code. {@link #bundled()} is the versioned list
 * shipped in this jar ({@code vn/congdanso/payments/data/banks.json}: {@code version}, {@code date},
 * {@code sources}, {@code banks}); {@link #read(InputStream)} loads a newer file of the same shape.
 * Immutable and thread-safe.
 */
public final class BankDirectory {

    private static final String RESOURCE = "/vn/congdanso/payments/data/banks.json";

    private final String version;
    private final LocalDate date;
    private final List<String> sources;
    private final List<Bank> banks;
    private final Map<String, Bank> byBin;
    private final Map<String, Bank> byCode;

    private BankDirectory(String version, LocalDate date, List<String> sources, List<Bank> banks) {
        this.version = version;
        this.date = date;
        this.sources = sources;
        this.banks = banks;
        this.byBin = new HashMap<>();
        this.byCode = new HashMap<>();
        for (Bank bank : banks) {
            if (byBin.putIfAbsent(bank.bin(), bank) != null || byCode.putIfAbsent(key(bank.code()), bank) != null) {
                throw new RejectedException(CoreError.BAD_ARGUMENT, "bank list repeats a BIN or code");
            }
        }
    }

    /** The list bundled with this SDK version. */
    public static BankDirectory bundled() {
        return Bundled.DIRECTORY;
    }

    /**
     * Reads a bank list in the bundled file's JSON shape; the caller closes {@code json}. Rejects a
     * malformed file with {@link CoreError#BAD_ARGUMENT}.
     */
    public static BankDirectory read(InputStream json) {
        requireNonNull(json, "json == null");
        try {
            return fromTree(new ObjectMapper().readTree(json));
        } catch (IOException e) {
            throw new RejectedException(CoreError.BAD_ARGUMENT, "bank list is not readable JSON", e);
        }
    }

    /** The version of the list, for example {@code 2026.11.29}. */
    public String version() {
        return version;
    }

    /** The day the list was compiled. */
    public LocalDate date() {
        return date;
    }

    /** Where the data comes from, as written in the file. */
    public List<String> sources() {
        return sources;
    }

    /** Every bank, in file order. */
    public List<Bank> all() {
        return banks;
    }

    /** The bank with the 6-digit acquirer BIN {@code bin}. */
    public Optional<Bank> byBin(String bin) {
        return Optional.ofNullable(byBin.get(requireNonNull(bin, "bin == null")));
    }

    /** The bank with the VietQR code {@code code}, ignoring case ({@code vcb} finds Vietcombank). */
    public Optional<Bank> byCode(String code) {
        return Optional.ofNullable(byCode.get(key(requireNonNull(code, "code == null"))));
    }

    private static BankDirectory fromTree(JsonNode root) {
        try {
            List<String> sources = new ArrayList<>();
            for (JsonNode source : required(root, "sources")) {
                sources.add(source.isObject() ? text(source, "url") : source.asText());
            }
            List<Bank> banks = new ArrayList<>();
            for (JsonNode bank : required(root, "banks")) {
                JsonNode swift = bank.get("swift");
                banks.add(new Bank(text(bank, "bin"), text(bank, "code"), text(bank, "shortName"), text(bank, "name"),
                        swift == null || swift.isNull() ? Optional.empty() : Optional.of(swift.asText())));
            }
            return new BankDirectory(text(root, "version"), LocalDate.parse(text(root, "date")),
                    Collections.unmodifiableList(sources), Collections.unmodifiableList(banks));
        } catch (DateTimeParseException e) {
            throw new RejectedException(CoreError.BAD_ARGUMENT, "bank list date is not yyyy-MM-dd", e);
        }
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            throw new RejectedException(CoreError.BAD_ARGUMENT, "bank list lacks the field " + field);
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.isValueNode()) {
            throw new RejectedException(CoreError.BAD_ARGUMENT, "bank list field " + field + " is not text");
        }
        return value.asText();
    }

    private static String key(String code) {
        return code.toUpperCase(Locale.ROOT);
    }

    private static final class Bundled {

        static final BankDirectory DIRECTORY = load();

        private static BankDirectory load() {
            try (InputStream in = BankDirectory.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled bank list " + RESOURCE + " is missing from the jar");
                }
                return read(in);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the bundled bank list", e);
            }
        }
    }
}
