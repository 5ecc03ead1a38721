package vn.congdanso.bench.chip;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Provider;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.jmrtd.lds.SODFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import vn.congdanso.identity.chip.ChipFiles;
import vn.congdanso.identity.chip.ChipVerdict;
import vn.congdanso.identity.chip.ChipVerification;
import vn.congdanso.identity.chip.PassiveAuthenticator;
import vn.congdanso.identity.chip.testkit.ChipFixture;
import vn.congdanso.identity.chip.testkit.ChipFixtures;
import vn.congdanso.identity.chip.testkit.TestPki;

/**
 * Passive authentication of the same synthetic EF.SOD, DG1, DG2 and DG13 (the identity test-kit's
 * fictional card), side by side:
 * <ul>
 *   <li>{@code congdanso}: {@link PassiveAuthenticator#verify} — parse, SOD signature,
 *       messageDigest, data-group hashes, the Document Signer's chain to the CSCA with validity and
 *       key usage, the CRL, and parsing DG1, DG2 and DG13;</li>
 *   <li>{@code jmrtd}: JMRTD 0.8.6's {@code SODFile} parse, the signer's signature and
 *       messageDigest checked with bcpkix ({@code SignerInformation.verify} with the DS certificate),
 *       and the data-group hashes — no chain, no CRL, no data-group parsing.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PassiveAuthBenchmark {

    private static final Provider BC = new BouncyCastleProvider();

    @Param({"RSA", "EC"})
    public String keys;

    private ChipFiles files;
    private byte[] sod;
    private Map<Integer, byte[]> groups;
    private PassiveAuthenticator authenticator;

    @Setup
    public void setUp() throws IOException {
        ChipFixture fixture = ChipFixtures.builder().keys(TestPki.KeyType.valueOf(keys)).build();
        files = fixture.files();
        sod = fixture.sod();
        groups = Map.of(1, fixture.dataGroup(1), 2, fixture.dataGroup(2), 13, fixture.dataGroup(13));
        authenticator = PassiveAuthenticator.builder().trustStore(fixture.trustStore()).clock(ChipFixtures.CLOCK).build();
        if (authenticator.verify(files).verdict() != ChipVerdict.VALID || !jmrtd()) {
            throw new IllegalStateException("the fixture must verify on both sides");
        }
    }

    @Benchmark
    public ChipVerification congdanso() {
        return authenticator.verify(files);
    }

    @Benchmark
    public boolean jmrtd() throws IOException {
        SODFile file = new SODFile(new ByteArrayInputStream(sod));
        try {
            CMSSignedData signed = new CMSSignedData(Arrays.copyOfRange(sod, 4, sod.length));
            SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
            boolean signature = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC)
                    .build(file.getDocSigningCertificate()));
            MessageDigest digest = MessageDigest.getInstance(file.getDigestAlgorithm(), BC);
            Map<Integer, byte[]> hashes = file.getDataGroupHashes();
            boolean hashesMatch = true;
            for (Map.Entry<Integer, byte[]> group : groups.entrySet()) {
                hashesMatch &= MessageDigest.isEqual(hashes.get(group.getKey()), digest.digest(group.getValue()));
            }
            return signature && hashesMatch;
        } catch (CMSException | OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
