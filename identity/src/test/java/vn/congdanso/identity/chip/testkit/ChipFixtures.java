package vn.congdanso.identity.chip.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.icao.CscaMasterList;
import org.bouncycastle.asn1.icao.DataGroupHash;
import org.bouncycastle.asn1.icao.ICAOObjectIdentifiers;
import org.bouncycastle.asn1.icao.LDSSecurityObject;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import vn.congdanso.identity.chip.testkit.TestPki.KeyType;

/**
 * Synthetic chip data of a fictional person (NGUYEN VAN A, ID number 001090123456) signed under a
 * synthetic test PKI, for the SDK's tests, the CLI's tests and the reference app. No real chip data.
 *
 * <pre>{@code
 * ChipFixture genuine = ChipFixtures.builder().keys(KeyType.EC).digest("SHA512").build();
 * genuine.writeTo(folder); // sod.bin, dg1.bin, dg2.bin, dg13.bin, csca.pem, crl.pem
 * }</pre>
 */
public final class ChipFixtures {

    /** The "now" of every fixture: 2026-12-01T00:00:00Z. */
    public static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    /** A clock fixed at {@link #NOW}. */
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    /** The MRZ of DG1. */
    public static final String MRZ = "IDVNM0901234562001090123456<<3"
            + "9001011M3001019VNM<<<<<<<<<<<4"
            + "NGUYEN<<VAN<A<<<<<<<<<<<<<<<<<";
    /** The ID number of DG1 and DG13. */
    public static final String ID_NUMBER = "001090123456";

    private static final Instant CSCA_FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant CSCA_TO = Instant.parse("2040-01-01T00:00:00Z");

    private ChipFixtures() {
    }

    /** A builder of a genuine fixture: RSA, SHA-256, DG1, DG2 and DG13, a trusted CSCA, a CRL not listing the DS. */
    public static Builder builder() {
        return new Builder();
    }

    /** DG1 holding {@code mrz} (90 characters). */
    public static byte[] dg1(String mrz) {
        return tlv(0x61, tlv(0x5F1F, mrz.getBytes(StandardCharsets.US_ASCII)));
    }

    /** DG2 holding an ISO/IEC 19794-5 record around a tiny synthetic JPEG of {@code width} × {@code height}. */
    public static byte[] dg2(int width, int height) {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 4, 'T', 'K', (byte) 0xFF, (byte) 0xD9};
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.writeBytes(new byte[] {'F', 'A', 'C', 0, '0', '1', '0', 0});
        writeInt(record, 14 + 20 + 12 + jpeg.length, 4);
        writeInt(record, 1, 2);
        writeInt(record, 20 + 12 + jpeg.length, 4);
        writeInt(record, 0, 2);
        record.writeBytes(new byte[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        record.writeBytes(new byte[] {1, 0});
        writeInt(record, width, 2);
        writeInt(record, height, 2);
        record.writeBytes(new byte[] {1, 2, 0, 0, 0, 0});
        record.writeBytes(jpeg);
        byte[] header = tlv(0xA1, tlv(0x80, new byte[] {1, 1}), tlv(0x81, new byte[] {2}), tlv(0x87, new byte[] {1, 1}),
                tlv(0x88, new byte[] {0, 8}));
        return tlv(0x75, tlv(0x7F61, tlv(0x02, new byte[] {1}), tlv(0x7F60, header, tlv(0x5F2E, record.toByteArray()))));
    }

    /** DG13 of NGUYỄN VĂN A: entries 1–13 and 15, and an unknown entry 20, mixing PrintableString and UTF8String. */
    public static byte[] dg13() {
        List<ASN1Encodable> entries = new ArrayList<>();
        entries.add(new ASN1Integer(1));
        entries.add(entry(1, new DERPrintableString(ID_NUMBER)));
        entries.add(entry(2, new DERUTF8String("Nguyễn Văn A")));
        entries.add(entry(3, new DERPrintableString("01/01/1990")));
        entries.add(entry(4, new DERUTF8String("Nam")));
        entries.add(entry(5, new DERUTF8String("Việt Nam")));
        entries.add(entry(6, new DERUTF8String("Kinh")));
        entries.add(entry(7, new DERUTF8String("Không")));
        entries.add(entry(8, new DERUTF8String("Xã Thử Nghiệm, Hà Nội")));
        entries.add(entry(9, new DERUTF8String("Số 1, Đường A, Hà Nội")));
        entries.add(entry(10, new DERUTF8String("Nốt ruồi C:1cm trên đuôi mắt trái")));
        entries.add(entry(11, new DERPrintableString("01/07/2021")));
        entries.add(entry(12, new DERPrintableString("01/01/2030")));
        entries.add(entry(13, new DERSequence(new ASN1Encodable[] {
            new DERUTF8String("Nguyễn Văn B"), new DERUTF8String("Trần Thị C")})));
        entries.add(entry(15, new DERPrintableString("123456789")));
        entries.add(entry(20, new DERUTF8String("giá trị thử")));
        try {
            return tlv(0x6D, new DERSequence(entries.toArray(new ASN1Encodable[0])).getEncoded(ASN1Encoding.DER));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code value} with the BER-TLV tag {@code tag} (one to three bytes) around the concatenated {@code parts}. */
    public static byte[] tlv(int tag, byte[]... parts) {
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            value.writeBytes(part);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (tag > 0xFFFF) {
            out.write(tag >>> 16);
        }
        if (tag > 0xFF) {
            out.write(tag >>> 8);
        }
        out.write(tag);
        int length = value.size();
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else if (length < 0x10000) {
            out.write(0x82);
            writeInt(out, length, 2);
        } else {
            out.write(0x83);
            writeInt(out, length, 3);
        }
        out.writeBytes(value.toByteArray());
        return out.toByteArray();
    }

    private static DERSequence entry(int index, ASN1Encodable value) {
        return new DERSequence(new ASN1Encodable[] {new ASN1Integer(index), value});
    }

    private static void writeInt(ByteArrayOutputStream out, int value, int bytes) {
        for (int i = bytes - 1; i >= 0; i--) {
            out.write(value >>> (8 * i));
        }
    }

    /** Configures a fixture. Not thread-safe. */
    public static final class Builder {

        private KeyType keyType = KeyType.RSA;
        private String digest = "SHA256";
        private Instant dsFrom = Instant.parse("2025-06-01T00:00:00Z");
        private Instant dsTo = Instant.parse("2036-06-01T00:00:00Z");
        private Instant signingTime = Instant.parse("2026-01-15T00:00:00Z");
        private boolean unknownCsca;
        private boolean impostorSigner;
        private boolean revoked;
        private final Set<Integer> omitted = new HashSet<>();
        private final Map<Integer, byte[]> groups = new LinkedHashMap<>();

        private Builder() {
            groups.put(1, dg1(MRZ));
            groups.put(2, dg2(240, 320));
            groups.put(13, dg13());
        }

        /** The key type of the CSCA and the Document Signer. */
        public Builder keys(KeyType keyType) {
            this.keyType = keyType;
            return this;
        }

        /** The hash of the data groups and of the signature: {@code SHA256}, {@code SHA384} or {@code SHA512}. */
        public Builder digest(String digest) {
            this.digest = digest;
            return this;
        }

        /** A Document Signer certificate valid only from {@code from} to {@code to}, signing at {@code signedAt}. */
        public Builder documentSignerValidity(Instant from, Instant to, Instant signedAt) {
            this.dsFrom = from;
            this.dsTo = to;
            this.signingTime = signedAt;
            return this;
        }

        /** Issues the Document Signer under another CSCA than the one the fixture offers as trusted. */
        public Builder unknownCsca() {
            this.unknownCsca = true;
            return this;
        }

        /** Signs the Document Signer certificate with a key other than the trusted CSCA's, naming the trusted CSCA. */
        public Builder impostorSigner() {
            this.impostorSigner = true;
            return this;
        }

        /** Lists the Document Signer certificate on the CSCA's CRL. */
        public Builder revoked() {
            this.revoked = true;
            return this;
        }

        /** Provides data group {@code number} but leaves its hash out of the SOD. */
        public Builder omitFromSod(int number) {
            omitted.add(number);
            return this;
        }

        /** Replaces or adds data group {@code number}. */
        public Builder dataGroup(int number, byte[] contents) {
            groups.put(number, contents.clone());
            return this;
        }

        /** The fixture. */
        public ChipFixture build() {
            KeyPair cscaKeys = TestPki.keys("csca", keyType);
            X509Certificate csca = TestPki.csca("Test CSCA", cscaKeys, keyType, CSCA_FROM, CSCA_TO);
            KeyPair otherKeys = TestPki.keys("other-csca", keyType);
            X509Certificate issuer = unknownCsca ? TestPki.csca("Unknown CSCA", otherKeys, keyType, CSCA_FROM, CSCA_TO) : csca;
            KeyPair dsKeys = TestPki.keys("ds", keyType);
            X509Certificate ds = TestPki.documentSigner("Test DS", dsKeys.getPublic(), issuer,
                    unknownCsca || impostorSigner ? otherKeys.getPrivate() : cscaKeys.getPrivate(), keyType, dsFrom, dsTo);
            X509CRL crl = revoked
                    ? TestPki.crl(csca, cscaKeys.getPrivate(), keyType, Instant.parse("2026-06-01T00:00:00Z"), ds)
                    : TestPki.crl(csca, cscaKeys.getPrivate(), keyType, Instant.parse("2026-06-01T00:00:00Z"));
            byte[] sod = sod(ds, dsKeys);
            return new ChipFixture(sod, groups, csca, crl, masterList(csca, cscaKeys));
        }

        private byte[] sod(X509Certificate ds, KeyPair dsKeys) {
            try {
                List<DataGroupHash> hashes = new ArrayList<>();
                for (Map.Entry<Integer, byte[]> group : groups.entrySet()) {
                    if (!omitted.contains(group.getKey())) {
                        byte[] hash = MessageDigest.getInstance(jcaDigest(), TestPki.PROVIDER).digest(group.getValue());
                        hashes.add(new DataGroupHash(group.getKey(), new DEROctetString(hash)));
                    }
                }
                LDSSecurityObject lds = new LDSSecurityObject(new AlgorithmIdentifier(digestOid()),
                        hashes.toArray(new DataGroupHash[0]));
                CMSSignedData signed = sign(ICAOObjectIdentifiers.id_icao_ldsSecurityObject, lds.getEncoded(ASN1Encoding.DER),
                        ds, dsKeys, TestPki.signatureName(keyType, digest));
                return tlv(0x77, signed.toASN1Structure().getEncoded(ASN1Encoding.DER));
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private CMSSignedData sign(org.bouncycastle.asn1.ASN1ObjectIdentifier type, byte[] content, X509Certificate signer,
                KeyPair keys, String algorithm) {
            try {
                AttributeTable attributes = new AttributeTable(new Attribute(CMSAttributes.signingTime,
                        new DERSet(new Time(Date.from(signingTime)))));
                CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
                generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                        new JcaDigestCalculatorProviderBuilder().setProvider(TestPki.PROVIDER).build())
                        .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(attributes))
                        .build(new JcaContentSignerBuilder(algorithm).setProvider(TestPki.PROVIDER).build(keys.getPrivate()), signer));
                generator.addCertificate(new JcaX509CertificateHolder(signer));
                return generator.generate(new CMSProcessableByteArray(type, content), true);
            } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
                throw new IllegalStateException(e);
            }
        }

        private byte[] masterList(X509Certificate csca, KeyPair cscaKeys) {
            try {
                KeyPair signerKeys = TestPki.keys("master-list-signer", keyType);
                X509Certificate signer = TestPki.documentSigner("Test Master List Signer", signerKeys.getPublic(), csca,
                        cscaKeys.getPrivate(), keyType, CSCA_FROM, CSCA_TO);
                CscaMasterList list = new CscaMasterList(new Certificate[] {Certificate.getInstance(csca.getEncoded())});
                return sign(ICAOObjectIdentifiers.id_icao_cscaMasterList, list.getEncoded(ASN1Encoding.DER), signer, signerKeys,
                        TestPki.signatureName(keyType, "SHA256")).toASN1Structure().getEncoded(ASN1Encoding.DER);
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private String jcaDigest() {
            return digest.replace("SHA", "SHA-");
        }

        private org.bouncycastle.asn1.ASN1ObjectIdentifier digestOid() {
            return switch (digest) {
                case "SHA256" -> NISTObjectIdentifiers.id_sha256;
                case "SHA384" -> NISTObjectIdentifiers.id_sha384;
                case "SHA512" -> NISTObjectIdentifiers.id_sha512;
                default -> throw new IllegalArgumentException("digest " + digest);
            };
        }
    }
}
