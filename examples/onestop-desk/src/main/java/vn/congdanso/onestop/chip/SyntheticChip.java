package vn.congdanso.onestop.chip;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.icao.DataGroupHash;
import org.bouncycastle.asn1.icao.ICAOObjectIdentifiers;
import org.bouncycastle.asn1.icao.LDSSecurityObject;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import vn.congdanso.onestop.desk.P256;

/**
 * Generates synthetic chip data of a fictional citizen (NGUYỄN VĂN A, ID number 001090123456)
 * under a synthetic, clearly labelled sandbox PKI, with BouncyCastle: a CSCA, a Document Signer
 * it issued, an empty CRL, and EF.SOD (ICAO 9303-10 LDS Security Object, CMS-signed with
 * SHA-256/ECDSA P-256 and signed attributes) over DG1 (the MRZ), DG2 (an ISO/IEC 19794-5 face
 * record around a generated JPEG) and DG13 (the Vietnamese personal data). No real chip data; the
 * private keys are used once and dropped.
 */
final class SyntheticChip {

    /** The MRZ of DG1 (TD1, check digits valid), of the fictional citizen. */
    static final String MRZ = "IDVNM0901234562001090123456<<3" + "9001011M3001019VNM<<<<<<<<<<<4"
            + "NGUYEN<<VAN<A<<<<<<<<<<<<<<<<<";
    /** The ID number of DG1 and DG13. */
    static final String ID_NUMBER = "001090123456";
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * One generated set.
     *
     * @param sod        EF.SOD
     * @param dataGroups DG1, DG2 and DG13 by number
     * @param csca       the CSCA certificate
     * @param crl        the CSCA's CRL, listing nothing
     */
    record Fixture(byte[] sod, Map<Integer, byte[]> dataGroups, X509Certificate csca, X509CRL crl) {
    }

    private SyntheticChip() {
    }

    /** A fresh set under a new CSCA named {@code cscaName}, valid from {@code clock}'s now. */
    static Fixture generate(String cscaName, Clock clock) {
        Instant now = clock.instant();
        KeyPair cscaKeys = P256.generate();
        KeyPair dsKeys = P256.generate();
        X509Certificate csca = csca(cscaName, cscaKeys, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(15 * 365)));
        X509Certificate ds = documentSigner(dsKeys, csca, cscaKeys.getPrivate(), now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(5 * 365)));
        Map<Integer, byte[]> groups = new LinkedHashMap<>();
        groups.put(1, dg1());
        groups.put(2, dg2());
        groups.put(13, dg13());
        return new Fixture(sod(groups, ds, dsKeys.getPrivate(), now), groups, csca, crl(csca, cscaKeys.getPrivate(), now));
    }

    /** DG1: application tag 1 around the MRZ (tag 5F1F). */
    private static byte[] dg1() {
        return encode(new DERTaggedObject(true, BERTags.APPLICATION, 1,
                new DERTaggedObject(false, BERTags.APPLICATION, 0x1F, new DEROctetString(MRZ.getBytes(StandardCharsets.US_ASCII)))));
    }

    /** DG2: the biometric information template (ISO/IEC 7816-11) around an ISO/IEC 19794-5 face record. */
    private static byte[] dg2() {
        byte[] jpeg = face();
        ByteBuffer record = ByteBuffer.allocate(14 + 20 + 12 + jpeg.length);
        record.put(new byte[] {'F', 'A', 'C', 0, '0', '1', '0', 0}).putInt(record.capacity()).putShort((short) 1);
        record.putInt(20 + 12 + jpeg.length).putShort((short) 0);
        record.put(new byte[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        record.put(new byte[] {1, 0}).putShort((short) 60).putShort((short) 80).put(new byte[] {1, 2, 0, 0, 0, 0});
        record.put(jpeg);
        DERSequence header = new DERSequence(new ASN1Encodable[] {
            new DERTaggedObject(false, 0, new DEROctetString(new byte[] {1, 1})),
            new DERTaggedObject(false, 1, new DEROctetString(new byte[] {2})),
            new DERTaggedObject(false, 7, new DEROctetString(new byte[] {1, 1})),
            new DERTaggedObject(false, 8, new DEROctetString(new byte[] {0, 8}))});
        DERSequence template = new DERSequence(new ASN1Encodable[] {
            new DERTaggedObject(false, 1, header),
            new DERTaggedObject(false, BERTags.APPLICATION, 0x2E, new DEROctetString(record.array()))});
        DERSequence group = new DERSequence(new ASN1Encodable[] {
            new ASN1Integer(1), new DERTaggedObject(false, BERTags.APPLICATION, 0x60, template)});
        return encode(new DERTaggedObject(true, BERTags.APPLICATION, 0x15,
                new DERTaggedObject(false, BERTags.APPLICATION, 0x61, group)));
    }

    /** DG13: application tag 13 around the sequence of indexed personal-data entries. */
    private static byte[] dg13() {
        List<ASN1Encodable> entries = new ArrayList<>();
        entries.add(new ASN1Integer(1));
        entries.add(entry(1, new DERPrintableString(ID_NUMBER)));
        entries.add(entry(2, new DERUTF8String("Nguyễn Văn A")));
        entries.add(entry(3, new DERPrintableString("01/01/1990")));
        entries.add(entry(4, new DERUTF8String("Nam")));
        entries.add(entry(5, new DERUTF8String("Việt Nam")));
        entries.add(entry(6, new DERUTF8String("Kinh")));
        entries.add(entry(8, new DERUTF8String("Xã Thử Nghiệm, Hà Nội")));
        entries.add(entry(9, new DERUTF8String("Số 1, Đường Thử Nghiệm, Hà Nội")));
        entries.add(entry(11, new DERPrintableString("01/07/2021")));
        entries.add(entry(12, new DERPrintableString("01/01/2030")));
        return encode(new DERTaggedObject(true, BERTags.APPLICATION, 13, new DERSequence(entries.toArray(ASN1Encodable[]::new))));
    }

    private static DERSequence entry(int index, ASN1Encodable value) {
        return new DERSequence(new ASN1Encodable[] {new ASN1Integer(index), value});
    }

    /** A small generated portrait placeholder, as JPEG. */
    private static byte[] face() {
        BufferedImage image = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, new Color(0xDDE6F0), 0, 80, new Color(0x8AA0B8)));
        graphics.fillRect(0, 0, 60, 80);
        graphics.setColor(new Color(0x5B6775));
        graphics.fillOval(18, 12, 24, 30);
        graphics.fillRoundRect(8, 48, 44, 40, 20, 20);
        graphics.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jpeg.toByteArray();
    }

    /** EF.SOD: application tag 23 around a CMS SignedData of the LDS Security Object. */
    private static byte[] sod(Map<Integer, byte[]> groups, X509Certificate ds, PrivateKey dsKey, Instant signingTime) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            DataGroupHash[] hashes = groups.entrySet().stream()
                    .map(group -> new DataGroupHash(group.getKey(), new DEROctetString(sha256.digest(group.getValue()))))
                    .toArray(DataGroupHash[]::new);
            LDSSecurityObject lds = new LDSSecurityObject(
                    new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE), hashes);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            AttributeTable attributes = new AttributeTable(new Attribute(CMSAttributes.signingTime,
                    new DERSet(new Time(Date.from(signingTime)))));
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(attributes))
                    .build(signer(dsKey), ds));
            generator.addCertificate(new JcaX509CertificateHolder(ds));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(ICAOObjectIdentifiers.id_icao_ldsSecurityObject,
                    lds.getEncoded(ASN1Encoding.DER)), true);
            return encode(new DERTaggedObject(true, BERTags.APPLICATION, 23, signed.toASN1Structure()));
        } catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
            throw new IllegalStateException("cannot sign the synthetic EF.SOD", e);
        }
    }

    private static X509Certificate csca(String name, KeyPair keys, Instant from, Instant to) {
        X500Name subject = new X500Name("C=VN,O=onestop-desk SANDBOX,CN=" + name);
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            return certificate(new JcaX509v3CertificateBuilder(subject, serial(), Date.from(from), Date.from(to), subject,
                    keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()))
                    .build(signer(keys.getPrivate())));
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot issue the synthetic CSCA", e);
        }
    }

    private static X509Certificate documentSigner(KeyPair keys, X509Certificate csca, PrivateKey cscaKey, Instant from,
            Instant to) {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            return certificate(new JcaX509v3CertificateBuilder(csca, serial(), Date.from(from), Date.from(to),
                    new X500Name("C=VN,O=onestop-desk SANDBOX,CN=Synthetic Document Signer"), keys.getPublic())
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            new AuthorityKeyIdentifier(utils.createSubjectKeyIdentifier(csca.getPublicKey()).getKeyIdentifier()))
                    .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()))
                    .build(signer(cscaKey)));
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot issue the synthetic Document Signer", e);
        }
    }

    private static X509CRL crl(X509Certificate csca, PrivateKey cscaKey, Instant now) {
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(X500Name.getInstance(csca.getSubjectX500Principal().getEncoded()),
                    Date.from(now.minus(Duration.ofMinutes(5))));
            builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(365))));
            return new JcaX509CRLConverter().getCRL(builder.build(signer(cscaKey)));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot issue the synthetic CRL", e);
        }
    }

    private static X509Certificate certificate(org.bouncycastle.cert.X509CertificateHolder holder)
            throws GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(holder);
    }

    private static ContentSigner signer(PrivateKey key) throws OperatorCreationException {
        return new JcaContentSignerBuilder("SHA256withECDSA").build(key);
    }


    private static BigInteger serial() {
        return new BigInteger(64, RANDOM).setBit(62);
    }

    private static byte[] encode(ASN1Encodable value) {
        try {
            return value.toASN1Primitive().getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
