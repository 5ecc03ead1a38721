package vn.congdanso.qr.procedure;

import java.time.Instant;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One step of a dossier's handling.
 *
 * @param name        what the step is, for example {@code Thẩm định hồ sơ}
 * @param startedAt   when it started
 * @param completedAt when it ended; empty while it runs
 */
public record DossierStep(String name, Instant startedAt, Optional<Instant> completedAt) {

    /** Validates the components. */
    public DossierStep {
        requireNonNull(name, "name == null");
        requireNonNull(startedAt, "startedAt == null");
        requireNonNull(completedAt, "completedAt == null");
    }
}
