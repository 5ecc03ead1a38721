package vn.congdanso.qr.procedure.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.Vnd;
import vn.congdanso.core.text.VietnameseText;
import vn.congdanso.qr.procedure.AgencyCode;
import vn.congdanso.qr.procedure.DossierCode;
import vn.congdanso.qr.procedure.DossierState;
import vn.congdanso.qr.procedure.DossierStatus;
import vn.congdanso.qr.procedure.DossierStep;
import vn.congdanso.qr.procedure.Fee;
import vn.congdanso.qr.procedure.FeePayment;
import vn.congdanso.qr.procedure.ImplementingLevel;
import vn.congdanso.qr.procedure.Page;
import vn.congdanso.qr.procedure.Procedure;
import vn.congdanso.qr.procedure.ProcedureCode;

/**
 * Reads the JSON shapes of {@code docs/openapi/procedures.yaml} (which the bundled catalogue
 * shares) into the directory's value types, strictly: a missing required member, a wrong type or
 * an invalid code is a {@link ShapeException}. Stateless.
 */
public final class ProcedureJson {

    private static final int MAX_LIST = 1000;

    private ProcedureJson() {
    }

    /** A {@code Procedure} object. */
    public static Procedure procedure(JsonNode node) {
        return guarded(() -> readProcedure(node));
    }

    /** A {@code ProcedurePage} object. */
    public static Page<Procedure> page(JsonNode node) {
        return guarded(() -> readPage(node));
    }

    /** A {@code DossierStatus} object. */
    public static DossierStatus dossier(JsonNode node) {
        return guarded(() -> readDossier(node));
    }

    private static <T> T guarded(Supplier<T> reader) {
        try {
            return reader.get();
        } catch (CongDanSoException | IllegalArgumentException e) {
            throw new ShapeException("invalid value: " + e.getMessage());
        }
    }

    private static Procedure readProcedure(JsonNode node) {
        object(node, "procedure");
        return new Procedure(optional(node, "code", v -> ProcedureCode.parse(v.textValue())), text(node, "name"),
                text(node, "field"), list(node, "levels", v -> ImplementingLevel.valueOf(v.textValue())),
                text(node, "processingTime"), list(node, "fees", ProcedureJson::fee), list(node, "documents", ProcedureJson::text),
                list(node, "legalBasis", ProcedureJson::text), list(node, "agencies", v -> AgencyCode.parse(v.textValue())));
    }

    private static Page<Procedure> readPage(JsonNode node) {
        object(node, "page");
        return new Page<>(list(node, "items", ProcedureJson::procedure), integer(node, "page"), integer(node, "size"),
                number(node, "totalItems"));
    }

    private static DossierStatus readDossier(JsonNode node) {
        object(node, "dossier");
        return new DossierStatus(DossierCode.parse(text(node, "dossierCode")), DossierState.valueOf(text(node, "state")),
                optional(node, "procedureCode", v -> ProcedureCode.parse(v.textValue())), list(node, "steps", ProcedureJson::step),
                optional(node, "dueAt", ProcedureJson::instant), list(node, "feesPaid", ProcedureJson::payment));
    }

    private static Fee fee(JsonNode node) {
        object(node, "fee");
        return new Fee(text(node, "description"), optional(node, "amountVnd", ProcedureJson::vnd));
    }

    private static DossierStep step(JsonNode node) {
        object(node, "step");
        return new DossierStep(text(node, "name"), instant(required(node, "startedAt")),
                optional(node, "completedAt", ProcedureJson::instant));
    }

    private static FeePayment payment(JsonNode node) {
        object(node, "fee payment");
        return new FeePayment(text(node, "description"), vnd(required(node, "amountVnd")), instant(required(node, "paidAt")));
    }

    private static Vnd vnd(JsonNode node) {
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
            throw new ShapeException("amountVnd must be a whole, non-negative number");
        }
        return Vnd.of(node.longValue());
    }

    private static Instant instant(JsonNode node) {
        if (!node.isTextual()) {
            throw new ShapeException("times must be RFC 3339 strings");
        }
        try {
            return java.time.OffsetDateTime.parse(node.textValue()).toInstant();
        } catch (DateTimeParseException e) {
            throw new ShapeException("times must be RFC 3339 strings with an offset");
        }
    }

    private static void object(JsonNode node, String what) {
        if (node == null || !node.isObject()) {
            throw new ShapeException(what + " must be a JSON object");
        }
    }

    private static JsonNode required(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new ShapeException("member " + name + " is missing");
        }
        return value;
    }

    private static String text(JsonNode node, String name) {
        return text(required(node, name));
    }

    private static String text(JsonNode value) {
        if (!value.isTextual()) {
            throw new ShapeException("expected a string");
        }
        return VietnameseText.nfc(value.textValue());
    }

    private static int integer(JsonNode node, String name) {
        JsonNode value = required(node, name);
        if (!value.isInt()) {
            throw new ShapeException("member " + name + " must be an integer");
        }
        return value.intValue();
    }

    private static long number(JsonNode node, String name) {
        JsonNode value = required(node, name);
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
            throw new ShapeException("member " + name + " must be a non-negative integer");
        }
        return value.longValue();
    }

    private static <T> Optional<T> optional(JsonNode node, String name, Function<JsonNode, T> reader) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(convert(value, name, reader));
    }

    private static <T> List<T> list(JsonNode node, String name, Function<JsonNode, T> reader) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray() || value.size() > MAX_LIST) {
            throw new ShapeException("member " + name + " must be an array of at most " + MAX_LIST + " items");
        }
        List<T> items = new ArrayList<>(value.size());
        value.forEach(item -> items.add(convert(item, name, reader)));
        return items;
    }

    private static <T> T convert(JsonNode value, String name, Function<JsonNode, T> reader) {
        try {
            if (value.isNull()) {
                throw new ShapeException("member " + name + " holds null");
            }
            return reader.apply(value);
        } catch (CongDanSoException | IllegalArgumentException e) {
            throw new ShapeException("member " + name + " is invalid: " + e.getMessage());
        }
    }
}
