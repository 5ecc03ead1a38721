package vn.congdanso.onestop.chip;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.congdanso.identity.chip.ChipFiles;
import vn.congdanso.identity.chip.ChipVerification;
import vn.congdanso.identity.chip.CscaTrustStore;
import vn.congdanso.identity.chip.PassiveAuthenticator;
import vn.congdanso.onestop.desk.DataFolder;

/**
 * The desk's passive authenticator. With {@code CHIP_CSCA_DIR} set, it trusts exactly the CSCA
 * certificates, master lists and CRLs there: the synthetic sandbox CSCA is then NOT trusted, so
 * the sandbox fixtures (still offered) fail at the trust step, as any forged chip would. Without
 * it (the sandbox), it trusts the synthetic sandbox CSCA and its CRL only.
 */
@Component
class ChipChecker {

    private static final Logger LOG = LoggerFactory.getLogger(ChipChecker.class);

    private final ChipSandbox sandbox;
    private final CscaTrustStore trustStore;
    private final PassiveAuthenticator authenticator;

    ChipChecker(@Value("${" + DataFolder.PROPERTY + "}") Path dataDir, @Value("${CHIP_CSCA_DIR:}") String cscaDir,
            Clock clock) {
        this.sandbox = ChipSandbox.in(dataDir, clock);
        this.trustStore = cscaDir.isBlank() ? CscaTrustStore.builder().path(sandbox.csca()).crl(sandbox.crl()).build()
                : CscaTrustStore.builder().path(Path.of(cscaDir)).build();
        this.authenticator = PassiveAuthenticator.builder().trustStore(trustStore).clock(clock).build();
    }

    ChipVerification verify(ChipFiles files) {
        ChipVerification verification = authenticator.verify(files);
        LOG.info("chip checked: {}", verification);
        return verification;
    }

    ChipSandbox sandbox() {
        return sandbox;
    }

    /** The trusted CSCAs. */
    List<X509Certificate> cscas() {
        return trustStore.cscas();
    }

    /** Whether {@code csca} is the synthetic sandbox CSCA. */
    boolean isSandbox(X509Certificate csca) {
        return csca.getSubjectX500Principal().getName().contains(ChipSandbox.CSCA_NAME);
    }
}
