package vn.congdanso.core;

/**
 * A stable, machine-readable reason for a failure. Each module declares its codes as an
 * {@code enum} implementing this interface.
 *
 * <p>A code is identified by its {@link #id()}, the {@link #namespace()} and the
 * {@link #name()} joined by a dot, for example {@code payments.BAD_SIGNATURE} or
 * {@code receipt.BAD_SIGNATURE}: the same name may appear in two namespaces, the id never
 * does. The id is what the CLI and every JSON output print, and what scripts should match on.
 * Ids are part of the public contract: once released they are never renamed or reused.
 * Names follow one vocabulary: {@code BAD_*} for input that is malformed or fails a check,
 * {@code MISSING_*}, {@code UNKNOWN_*}, {@code UNSUPPORTED_*}, {@code TOO_*} and
 * {@code *_MISMATCH} where those say more.
 */
public interface ErrorCode {

    /** The code's name in upper snake case, for example {@code CRC_MISMATCH}. */
    String name();

    /** The code's namespace in lower case, for example {@code emv}. */
    String namespace();

    /** The stable, namespaced identifier: {@code namespace() + "." + name()}, for example {@code emv.CRC_MISMATCH}. */
    default String id() {
        return namespace() + "." + name();
    }
}
