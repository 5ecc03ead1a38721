package vn.congdanso.core;

/**
 * A stable, machine-readable reason for a failure. Each module declares its codes as an
 * {@code enum} implementing this interface; {@link #name()} is the code callers match on and
 * the value the CLI prints. Codes are part of the public contract: they are never renamed.
 */
public interface ErrorCode {

    /** The code, in upper snake case, for example {@code CRC_MISMATCH}. */
    String name();
}
