package vn.congdanso.payments.vietqr;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;

import static java.util.Objects.requireNonNull;

/**
 * Vietnamese banks and wallets by BIN, by VietQR code and by name. {@link #bundled()} is the
 * versioned list shipped in this jar ({@code vn/congdanso/payments/data/banks.json}: {@code version},
 * {@code date}, {@code sources}, {@code banks}); {@link #read(InputStream)} loads a newer file of the
 * same shape. Each entry carries {@code bin}, {@code code}, {@code shortName}, {@code name},
 * {@code swift}, and may carry {@code aliases} ({@code codes} and {@code names} it had before a
 * renaming), {@code source} and {@code checked} (where and when the entry was last verified; the
 * bundled list has both on every entry). How the bundled list is refreshed is described in
 * {@code docs/bank-directory.md}.
 *
 * <p>A list is rejected when a BIN repeats, when a code or former code names two banks, or when a
 * name or former name names two banks: every lookup resolves to at most one bank. Codes compare
 * ignoring case; names ignoring case, spaces and hyphens, in NFC. Immutable and thread-safe.
 */
public final class BankDirectory {

    private static final String RESOURCE = "/vn/congdanso/payments/data/banks.json";
    private static final Pattern NAME_IGNORED = Pattern.compile("[\\s\\-]+");

    private final String version;
    private final LocalDate date;
    private final List<String> sources;
    private final List<Bank> banks;
    private final Map<String, Bank> byBin;
    private final Map<String, Bank> byCode;
    private final Map<String, Bank> byName;

    private BankDirectory(String version, LocalDate date, List<String> sources, List<Bank> banks) {
        this.version = version;
        this.date = date;
        this.sources = sources;
        this.banks = banks;
        this.byBin = new HashMap<>();
        this.byCode = new HashMap<>();
        this.byName = new HashMap<>();
        for (Bank bank : banks) {
            index(byBin, bank.bin(), bank, "BIN");
            index(byCode, key(bank.code()), bank, "code");
            bank.formerCodes().forEach(code -> index(byCode, key(code), bank, "code"));
            index(byName, nameKey(bank.shortName()), bank, "name");
            index(byName, nameKey(bank.name()), bank, "name");
            bank.formerNames().forEach(name -> index(byName, nameKey(name), bank, "name"));
        }
    }

    /** Adds {@code bank} under {@code key}; the same bank may repeat a key, another entry may not. */
    private static void index(Map<String, Bank> index, String key, Bank bank, String what) {
        Bank known = index.putIfAbsent(key, bank);
        if (known != null && known != bank) {
            throw new RejectedException(CoreError.BAD_ARGUMENT, "bank list gives the " + what + " " + key
                    + " to two entries, " + known.bin() + " and " + bank.bin());
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

    /**
     * The bank with the VietQR code {@code code}, or that had it before a renaming, ignoring case
     * ({@code vcb} finds Vietcombank, {@code oceanbank} finds MBV).
     */
    public Optional<Bank> byCode(String code) {
        return Optional.ofNullable(byCode.get(key(requireNonNull(code, "code == null"))));
    }

    /**
     * The bank whose short name, full name or former name is {@code name}, ignoring case, spaces
     * and hyphens ({@code "Ocean Bank"} finds MBV, {@code "vikki bank"} finds Vikki Bank).
     */
    public Optional<Bank> byName(String name) {
        return Optional.ofNullable(byName.get(nameKey(requireNonNull(name, "name == null"))));
    }

    private static BankDirectory fromTree(JsonNode root) {
        try {
            List<String> sources = new ArrayList<>();
            for (JsonNode source : required(root, "sources")) {
                sources.add(source.isObject() ? text(source, "url") : source.asText());
            }
            LocalDate date = LocalDate.parse(text(root, "date"));
            List<Bank> banks = new ArrayList<>();
            for (JsonNode bank : required(root, "banks")) {
                requireCheckedBy(bank, date);
                banks.add(bank(bank));
            }
            return new BankDirectory(text(root, "version"), date,
                    Collections.unmodifiableList(sources), Collections.unmodifiableList(banks));
        } catch (DateTimeParseException e) {
            throw new RejectedException(CoreError.BAD_ARGUMENT, "bank list date is not yyyy-MM-dd", e);
        }
    }

    private static Bank bank(JsonNode bank) {
        JsonNode swift = bank.get("swift");
        JsonNode aliases = bank.get("aliases");
        return new Bank(text(bank, "bin"), text(bank, "code"), text(bank, "shortName"), text(bank, "name"),
                swift == null || swift.isNull() ? Optional.empty() : Optional.of(swift.asText()),
                texts(aliases, "codes"), texts(aliases, "names"));
    }

    /** Rejects an entry whose {@code checked} date, when present, is not a date on or before the list's. */
    private static void requireCheckedBy(JsonNode bank, LocalDate date) {
        JsonNode checked = bank.get("checked");
        if (checked != null && !checked.isNull() && LocalDate.parse(checked.asText()).isAfter(date)) {
            throw new RejectedException(CoreError.BAD_ARGUMENT, "bank list entry " + bank.get("bin") + " was checked after the list's date");
        }
    }

    /** The text items of the optional array {@code field} of {@code node}; empty when absent. */
    private static List<String> texts(JsonNode node, String field) {
        JsonNode array = node == null || node.isNull() ? null : node.get(field);
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new RejectedException(CoreError.BAD_ARGUMENT, "bank list field aliases." + field + " is not an array");
        }
        List<String> items = new ArrayList<>(array.size());
        for (JsonNode item : array) {
            if (!item.isTextual() || item.textValue().isBlank()) {
                throw new RejectedException(CoreError.BAD_ARGUMENT, "bank list field aliases." + field + " holds a non-text item");
            }
            items.add(item.textValue());
        }
        return items;
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

    private static String nameKey(String name) {
        return NAME_IGNORED.matcher(Normalizer.normalize(name, Normalizer.Form.NFC)).replaceAll("").toUpperCase(Locale.ROOT);
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
