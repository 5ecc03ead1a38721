package vn.congdanso.identity.chip.internal;

import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import vn.congdanso.identity.chip.ChipStep;
import vn.congdanso.identity.chip.CscaTrustStore;
import vn.congdanso.identity.chip.StepResult;

/**
 * The Document Signer certificate is on none of the CRLs its CSCA issued (their signatures were
 * checked when the trust store was built). Skipped without a trusted CSCA or without a CRL of it.
 */
public final class RevocationStep {

    private RevocationStep() {
    }

    /** Checks {@code ds}, issued by {@code csca} when one was found, at {@code now}. */
    public static StepResult check(X509Certificate ds, Optional<X509Certificate> csca, CscaTrustStore store, Instant now) {
        if (csca.isEmpty()) {
            return StepResult.skipped(ChipStep.REVOCATION, "no trusted CSCA to take CRLs from");
        }
        List<X509CRL> crls = store.crlsOf(csca.get());
        if (crls.isEmpty()) {
            return StepResult.skipped(ChipStep.REVOCATION, "no CRL of the CSCA given");
        }
        for (X509CRL crl : crls) {
            X509CRLEntry entry = crl.getRevokedCertificate(ds.getSerialNumber());
            if (entry != null && !entry.getRevocationDate().after(Date.from(now))) {
                return StepResult.failed(ChipStep.REVOCATION, "the Document Signer certificate was revoked on "
                        + entry.getRevocationDate().toInstant());
            }
        }
        boolean stale = crls.stream().allMatch(crl -> crl.getNextUpdate() != null && crl.getNextUpdate().before(Date.from(now)));
        return StepResult.passed(ChipStep.REVOCATION, "not on " + crls.size() + " CRL(s) of the CSCA"
                + (stale ? "; every CRL is past its next update" : ""));
    }
}
