package vn.congdanso.identity.chip.internal;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import vn.congdanso.identity.chip.ChipStep;
import vn.congdanso.identity.chip.CscaTrustStore;
import vn.congdanso.identity.chip.StepResult;

/**
 * The Document Signer certificate chains to a trusted CSCA: its signature verifies with the CSCA's
 * key, both certificates are within their validity at signing time (when the SOD carries a
 * signingTime) and now, the CSCA is a CA allowed to sign certificates and the Document Signer's key
 * may sign (key usage, when present).
 */
public final class ChainStep {

    private static final int KEY_USAGE_DIGITAL_SIGNATURE = 0;
    private static final int KEY_USAGE_CERT_SIGN = 5;

    private ChainStep() {
    }

    /** How the chain ended. */
    public enum State {
        /** Chains to a trusted CSCA, all checks hold. */
        TRUSTED,
        /** No CSCA in the store issued the Document Signer certificate. */
        NO_TRUSTED_CSCA,
        /** A certificate outside its validity at signing time or now. */
        EXPIRED,
        /** The Document Signer names a trusted CSCA but its signature or a key usage does not hold. */
        BROKEN
    }

    /**
     * The step's result, the state, and the CSCA when one was found.
     *
     * @param result the step's result
     * @param state how the chain ended
     * @param csca the issuing CSCA, when found
     */
    public record Outcome(StepResult result, State state, Optional<X509Certificate> csca) {
    }

    /** Checks the Document Signer certificate of {@code sod} against {@code store} at {@code now}. */
    public static Outcome check(Sod sod, CscaTrustStore store, Instant now) {
        X509Certificate ds = sod.documentSigner();
        Optional<String> expired = outsideValidity(ds, "Document Signer", sod.signingTime(), now);
        if (expired.isPresent()) {
            return new Outcome(StepResult.failed(ChipStep.CHAIN, expired.get()), State.EXPIRED, Optional.empty());
        }
        if (!keyUsage(ds, KEY_USAGE_DIGITAL_SIGNATURE)) {
            return broken("the Document Signer certificate's key usage excludes digitalSignature");
        }
        List<X509Certificate> candidates = store.issuersOf(ds);
        if (candidates.isEmpty()) {
            return new Outcome(StepResult.failed(ChipStep.CHAIN, "no trusted CSCA for "
                    + ds.getIssuerX500Principal().getName()), State.NO_TRUSTED_CSCA, Optional.empty());
        }
        Optional<X509Certificate> csca = candidates.stream().filter(candidate -> signedBy(ds, candidate)).findFirst();
        return csca.map(issuer -> checkCsca(issuer, sod, now))
                .orElseGet(() -> broken("the Document Signer certificate's signature does not verify with any matching CSCA"));
    }

    private static Outcome checkCsca(X509Certificate csca, Sod sod, Instant now) {
        Optional<String> expired = outsideValidity(csca, "CSCA", sod.signingTime(), now);
        if (expired.isPresent()) {
            return new Outcome(StepResult.failed(ChipStep.CHAIN, expired.get()), State.EXPIRED, Optional.of(csca));
        }
        if (csca.getBasicConstraints() < 0 || !keyUsage(csca, KEY_USAGE_CERT_SIGN)) {
            return broken("the CSCA certificate may not sign certificates");
        }
        return new Outcome(StepResult.passed(ChipStep.CHAIN, "chains to CSCA " + csca.getSubjectX500Principal().getName()),
                State.TRUSTED, Optional.of(csca));
    }

    private static Optional<String> outsideValidity(X509Certificate certificate, String role, Optional<Instant> signingTime,
            Instant now) {
        if (!within(certificate, now)) {
            return Optional.of("the " + role + " certificate is not valid now (valid " + period(certificate) + ")");
        }
        if (signingTime.isPresent() && !within(certificate, signingTime.get())) {
            return Optional.of("the " + role + " certificate was not valid at signing time " + signingTime.get()
                    + " (valid " + period(certificate) + ")");
        }
        return Optional.empty();
    }

    private static boolean within(X509Certificate certificate, Instant instant) {
        Date date = Date.from(instant);
        return !date.before(certificate.getNotBefore()) && !date.after(certificate.getNotAfter());
    }

    private static String period(X509Certificate certificate) {
        return certificate.getNotBefore().toInstant() + " to " + certificate.getNotAfter().toInstant();
    }

    private static boolean keyUsage(X509Certificate certificate, int bit) {
        boolean[] usage = certificate.getKeyUsage();
        return usage == null || (usage.length > bit && usage[bit]);
    }

    private static boolean signedBy(X509Certificate certificate, X509Certificate issuer) {
        return Bc.signedBy(certificate, issuer.getPublicKey());
    }

    private static Outcome broken(String detail) {
        return new Outcome(StepResult.failed(ChipStep.CHAIN, detail), State.BROKEN, Optional.empty());
    }
}
