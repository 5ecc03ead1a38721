package vn.congdanso.qr.procedure;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.procedure.internal.ProcedureJson;
import vn.congdanso.qr.procedure.internal.SearchIndex;
import vn.congdanso.qr.procedure.internal.ShapeException;

import static java.util.Objects.requireNonNull;

/**
 * A directory held in memory, from the bundled national catalogue ({@link #bundled()}: common
 * procedures with their fees, documents and legal basis, versioned and dated, see
 * {@link #info()}) or from a caller's catalogue in the same JSON format ({@link #fromJson}),
 * for example a province's localized list. It knows no dossiers. Immutable and thread-safe.
 */
public final class OfflineProcedureDirectory implements ProcedureDirectory {

    private static final String BUNDLED = "/vn/congdanso/qr/data/procedures.json";
    private static final int MAX_CATALOGUE_BYTES = 16 * 1024 * 1024;
    private static final ObjectReader TREE_READER = JsonMapper.builder().build().reader();
    private static volatile OfflineProcedureDirectory bundled;

    private final CatalogueInfo info;
    private final List<Procedure> procedures;
    private final SearchIndex index;

    private OfflineProcedureDirectory(CatalogueInfo info, List<Procedure> procedures) {
        this.info = info;
        this.procedures = List.copyOf(procedures);
        this.index = new SearchIndex(this.procedures);
    }

    /**
     * The bundled national catalogue, loaded on first use and then shared.
     *
     * @throws RejectedException {@link ProcedureError#CATALOGUE_UNREADABLE} if the jar's copy is damaged
     */
    public static OfflineProcedureDirectory bundled() {
        OfflineProcedureDirectory directory = bundled;
        if (directory == null) {
            synchronized (OfflineProcedureDirectory.class) {
                if (bundled == null) {
                    bundled = loadBundled();
                }
                directory = bundled;
            }
        }
        return directory;
    }

    private static OfflineProcedureDirectory loadBundled() {
        try (InputStream in = OfflineProcedureDirectory.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new RejectedException(ProcedureError.CATALOGUE_UNREADABLE, "bundled catalogue missing from the jar");
            }
            return fromJson(in);
        } catch (IOException e) {
            throw new RejectedException(ProcedureError.CATALOGUE_UNREADABLE, "bundled catalogue cannot be read", e);
        }
    }

    /**
     * A directory of the catalogue in {@code json} (read fully, not closed): an object with
     * {@code version}, {@code date} (ISO), {@code sources} and {@code procedures} in the shape of
     * {@code docs/openapi/procedures.yaml}'s {@code Procedure}.
     *
     * @throws RejectedException {@link ProcedureError#CATALOGUE_UNREADABLE} when it is not such a document
     */
    public static OfflineProcedureDirectory fromJson(InputStream json) {
        requireNonNull(json, "json == null");
        try {
            byte[] bytes = json.readNBytes(MAX_CATALOGUE_BYTES + 1);
            if (bytes.length > MAX_CATALOGUE_BYTES) {
                throw new RejectedException(ProcedureError.CATALOGUE_UNREADABLE, "catalogue exceeds 16 MiB");
            }
            return fromTree(TREE_READER.readTree(bytes));
        } catch (IOException e) {
            throw new RejectedException(ProcedureError.CATALOGUE_UNREADABLE, "catalogue is not readable JSON");
        } catch (ShapeException | DateTimeParseException e) {
            throw new RejectedException(ProcedureError.CATALOGUE_UNREADABLE, "catalogue is malformed: " + e.getMessage());
        }
    }

    private static OfflineProcedureDirectory fromTree(JsonNode root) {
        if (root == null || !root.isObject() || !root.path("version").isTextual() || !root.path("date").isTextual()
                || !root.path("procedures").isArray()) {
            throw new RejectedException(ProcedureError.CATALOGUE_UNREADABLE, "catalogue needs version, date and procedures");
        }
        List<String> sources = new ArrayList<>();
        root.path("sources").forEach(source -> sources.add(source.asText()));
        List<Procedure> procedures = new ArrayList<>();
        root.get("procedures").forEach(node -> procedures.add(ProcedureJson.procedure(node)));
        CatalogueInfo info = new CatalogueInfo(root.get("version").textValue(), LocalDate.parse(root.get("date").textValue()), sources);
        return new OfflineProcedureDirectory(info, procedures);
    }

    /** The catalogue's version, date and sources. */
    public CatalogueInfo info() {
        return info;
    }

    /** Every procedure in catalogue order. */
    public List<Procedure> all() {
        return procedures;
    }

    @Override
    public Optional<Procedure> find(ProcedureCode code) {
        requireNonNull(code, "code == null");
        Optional<Procedure> exact = byCode(code);
        return exact.isPresent() || !code.isLocalized() ? exact : byCode(code.national());
    }

    private Optional<Procedure> byCode(ProcedureCode code) {
        return procedures.stream().filter(p -> p.code().filter(code::equals).isPresent()).findFirst();
    }

    @Override
    public Page<Procedure> search(ProcedureQuery query) {
        requireNonNull(query, "query == null");
        List<Procedure> hits = index.search(query.keywords(), query.agency());
        long from = (long) query.page() * query.size();
        List<Procedure> items = from >= hits.size() ? List.of()
                : hits.subList((int) from, (int) Math.min(hits.size(), from + query.size()));
        return new Page<>(items, query.page(), query.size(), hits.size());
    }

    /** Always empty: the catalogue holds no dossiers. */
    @Override
    public Optional<DossierStatus> dossierStatus(DossierCode dossier) {
        requireNonNull(dossier, "dossier == null");
        return Optional.empty();
    }
}
