package vn.congdanso.identity.chip.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

import vn.congdanso.identity.chip.ChipFiles;
import vn.congdanso.identity.chip.CscaTrustStore;

/**
 * One synthetic set of chip files with the CSCA, CRL and master list that go with it. The CSCA is
 * the trusted one, unless the fixture was built with {@link ChipFixtures.Builder#unknownCsca()}.
 */
public final class ChipFixture {

    private final byte[] sod;
    private final Map<Integer, byte[]> dataGroups;
    private final X509Certificate csca;
    private final X509CRL crl;
    private final byte[] masterList;

    ChipFixture(byte[] sod, Map<Integer, byte[]> dataGroups, X509Certificate csca, X509CRL crl, byte[] masterList) {
        this.sod = sod.clone();
        this.dataGroups = new LinkedHashMap<>(dataGroups);
        this.csca = csca;
        this.crl = crl;
        this.masterList = masterList.clone();
    }

    /** EF.SOD. */
    public byte[] sod() {
        return sod.clone();
    }

    /** Data group {@code number}. */
    public byte[] dataGroup(int number) {
        return dataGroups.get(number).clone();
    }

    /** The SOD and every data group. */
    public ChipFiles files() {
        return files(sod);
    }

    /** {@code sod} and every data group. */
    public ChipFiles files(byte[] sod) {
        ChipFiles.Builder builder = ChipFiles.builder().sod(sod);
        dataGroups.forEach(builder::dataGroup);
        return builder.build();
    }

    /** The CSCA certificate offered as trusted. */
    public X509Certificate csca() {
        return csca;
    }

    /** The CSCA's CRL. */
    public X509CRL crl() {
        return crl;
    }

    /** An ICAO master list holding the CSCA, signed by a master list signer under it. */
    public byte[] masterList() {
        return masterList.clone();
    }

    /** A trust store of the CSCA and its CRL. */
    public CscaTrustStore trustStore() {
        return CscaTrustStore.builder().certificate(csca).crl(encoded(crl)).build();
    }

    /** EF.SOD with one bit of the signature value flipped. */
    public byte[] sodWithFlippedSignatureBit() {
        try {
            CMSSignedData signed = new CMSSignedData(ContentInfo.getInstance(java.util.Arrays.copyOfRange(sod, 4, sod.length)));
            SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
            byte[] signature = signer.getSignature();
            byte[] tampered = sod.clone();
            int at = indexOf(tampered, signature) + signature.length / 2;
            tampered[at] ^= 0x01;
            return tampered;
        } catch (CMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes {@code sod.bin}, {@code dg<N>.bin}, {@code csca.pem}, {@code crl.pem} and
     * {@code masterlist.ml} into {@code folder}, for the CLI and the reference app.
     */
    public void writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.write(folder.resolve("sod.bin"), sod);
        for (Map.Entry<Integer, byte[]> group : dataGroups.entrySet()) {
            Files.write(folder.resolve("dg" + group.getKey() + ".bin"), group.getValue());
        }
        Files.writeString(folder.resolve("csca.pem"), pem("CERTIFICATE", encoded(csca)), StandardCharsets.US_ASCII);
        Files.writeString(folder.resolve("crl.pem"), pem("X509 CRL", encoded(crl)), StandardCharsets.US_ASCII);
        Files.write(folder.resolve("masterlist.ml"), masterList);
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] encoded(X509CRL crl) {
        try {
            return crl.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static int indexOf(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= data.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("signature not found in the SOD");
    }
}
