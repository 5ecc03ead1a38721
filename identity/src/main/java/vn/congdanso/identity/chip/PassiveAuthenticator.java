package vn.congdanso.identity.chip;

import java.time.Clock;

import static java.util.Objects.requireNonNull;

/**
 * Passive authentication of the data read from an ID card's chip, on the server (ICAO 9303-11):
 * EF.SOD's signature, its signed attributes, the hash of every provided data group, the Document
 * Signer certificate's chain to a trusted CSCA with validity and key usage, and CRLs. The SDK does
 * not talk to cards: chip and active authentication need a live card and are out of scope.
 *
 * <pre>{@code
 * PassiveAuthenticator authenticator = PassiveAuthenticator.builder()
 *         .trustStore(CscaTrustStore.builder().path(Path.of("csca")).build())
 *         .clock(clock)
 *         .build();
 * ChipVerification result = authenticator.verify(ChipFiles.builder().sod(sod).dg1(dg1).dg13(dg13).build());
 * if (result.verdict() == ChipVerdict.VALID) {
 *     ChipPersonalData person = result.verified().orElseThrow().dg13().orElseThrow();
 * }
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface PassiveAuthenticator {

    /**
     * Verifies {@code files}. Never throws for bad data: every failure is a {@link ChipVerdict} with
     * each step's outcome; the parsed data groups are available only through
     * {@link ChipVerification#verified()} when the data is intact. Bounded in time and memory by the
     * file-size limits of {@link ChipFiles}.
     */
    ChipVerification verify(ChipFiles files);

    /** A builder: no trusted CSCA (at best {@link ChipVerdict#VALID_UNTRUSTED_CHAIN}) and the system UTC clock until set. */
    static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link PassiveAuthenticator}. Not thread-safe. */
    final class Builder {

        private CscaTrustStore trustStore = CscaTrustStore.empty();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The trusted CSCAs and their CRLs. */
        public Builder trustStore(CscaTrustStore trustStore) {
            this.trustStore = requireNonNull(trustStore, "trustStore == null");
            return this;
        }

        /** The clock that says what "now" is for certificate validity and CRLs. */
        public Builder clock(Clock clock) {
            this.clock = requireNonNull(clock, "clock == null");
            return this;
        }

        /** The authenticator. */
        public PassiveAuthenticator build() {
            return new DefaultPassiveAuthenticator(trustStore, clock);
        }
    }
}
