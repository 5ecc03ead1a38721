package vn.congdanso.qr.receipt.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import com.fasterxml.jackson.dataformat.cbor.CBORParser;

import vn.congdanso.core.ErrorCode;
import vn.congdanso.core.RejectedException;

/**
 * CBOR through jackson-dataformat-cbor: strict reading (no duplicate map keys, nothing after the
 * item) into Jackson trees, whose integer map labels appear as decimal field names, and definite
 * length, minimal writing. Thread-safe.
 */
public final class Cbor {

    static final CBORFactory FACTORY = CBORFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private Cbor() {
    }

    /** Something that writes one CBOR item. */
    @FunctionalInterface
    public interface Writer {
        /** Writes through {@code generator}. */
        void write(CBORGenerator generator) throws IOException;
    }

    /** The bytes {@code writer} produces. */
    public static byte[] write(Writer writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (CBORGenerator generator = FACTORY.createGenerator(out)) {
            writer.write(generator);
        } catch (IOException e) {
            throw new UncheckedIOException("writing CBOR to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** A tagged item: its tag ({@code -1} when untagged) and its tree. */
    public record Item(int tag, JsonNode node) {
    }

    /**
     * Reads exactly one CBOR item with at most one tag.
     *
     * @throws RejectedException {@code failure} when {@code bytes} is not exactly one well-formed item
     */
    public static Item read(byte[] bytes, ErrorCode failure, String what) {
        try (CBORParser parser = FACTORY.createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new RejectedException(failure, what + " is empty");
            }
            CBORParser.TagList tags = parser.getCurrentTags();
            if (tags != null && tags.size() > 1) {
                throw new RejectedException(failure, what + " carries more than one tag");
            }
            int tag = parser.getCurrentTag();
            JsonNode node = MAPPER.readTree((JsonParser) parser);
            if (parser.nextToken() != null) {
                throw new RejectedException(failure, what + " is followed by more data");
            }
            return new Item(tag, node);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RejectedException rejected) {
                throw rejected;
            }
            throw new RejectedException(failure, what + " is not well-formed CBOR");
        }
    }
}
