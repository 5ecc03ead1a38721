package vn.congdanso.identity.chip.testkit;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;


/**
 * A synthetic PKI for tests: CSCA and Document Signer key pairs and certificates, and CRLs. Every
 * name is fictional ({@code C=VN, O=Test, CN=Test CSCA}). Key pairs are generated once per key type
 * and reused, so tests stay fast.
 */
public final class TestPki {

    /** The kind of keys and the signature scheme the Document Signer uses. */
    public enum KeyType {
        /** RSA 2048, PKCS#1 v1.5 signatures. */
        RSA,
        /** RSA 2048, RSA-PSS signatures. */
        RSA_PSS,
        /** ECDSA on P-256. */
        EC,
        /** ECDSA on brainpoolP256r1, common on travel documents and unknown to the JDK 17's providers. */
        EC_BRAINPOOL
    }

    /** A private BouncyCastle instance (never registered globally). */
    public static final java.security.Provider PROVIDER = new org.bouncycastle.jce.provider.BouncyCastleProvider();

    private static final Map<String, KeyPair> KEYS = new ConcurrentHashMap<>();
    private static long serial = 1000;

    private TestPki() {
    }

    /** The key pair named {@code name} of {@code type}, generated on first use. */
    public static KeyPair keys(String name, KeyType type) {
        return KEYS.computeIfAbsent(name + "/" + (type == KeyType.RSA_PSS ? KeyType.RSA : type), key -> generate(type));
    }

    /** The JCA signature name for {@code type} over {@code digest} ({@code SHA256}, {@code SHA512}…). */
    public static String signatureName(KeyType type, String digest) {
        return switch (type) {
            case RSA -> digest + "withRSA";
            case RSA_PSS -> digest + "withRSAandMGF1";
            case EC, EC_BRAINPOOL -> digest + "withECDSA";
        };
    }

    /** A self-signed CSCA certificate. */
    public static X509Certificate csca(String commonName, KeyPair keys, KeyType type, Instant from, Instant to) {
        X500Name name = new X500Name("C=VN,O=Test,CN=" + commonName);
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, nextSerial(), Date.from(from),
                    Date.from(to), name, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
            return sign(builder, keys.getPrivate(), type);
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A Document Signer certificate for {@code subjectKey}, naming {@code issuer} as its issuer and
     * authority key, signed with {@code signingKey} (the issuer's, unless forging).
     */
    public static X509Certificate documentSigner(String commonName, PublicKey subjectKey, X509Certificate issuer,
            PrivateKey signingKey, KeyType issuerType, Instant from, Instant to) {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, nextSerial(), Date.from(from),
                    Date.from(to), new javax.security.auth.x500.X500Principal("C=VN,O=Test,CN=" + commonName), subjectKey)
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            new AuthorityKeyIdentifier(utils.createSubjectKeyIdentifier(issuer.getPublicKey()).getKeyIdentifier()))
                    .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKey));
            return sign(builder, signingKey, issuerType);
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CRL of {@code csca} revoking {@code revoked} (none when empty), valid from {@code thisUpdate} for a year. */
    public static X509CRL crl(X509Certificate csca, PrivateKey cscaKey, KeyType type, Instant thisUpdate,
            X509Certificate... revoked) {
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(X500Name.getInstance(csca.getSubjectX500Principal().getEncoded()),
                    Date.from(thisUpdate));
            builder.setNextUpdate(Date.from(thisUpdate.plusSeconds(365L * 86400)));
            for (X509Certificate certificate : revoked) {
                builder.addCRLEntry(certificate.getSerialNumber(), Date.from(thisUpdate), CRLReason.keyCompromise);
            }
            return new JcaX509CRLConverter().setProvider(PROVIDER).getCRL(builder.build(signer(cscaKey, type)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A content signer for {@code key} with SHA-256 (certificates and CRLs). */
    public static ContentSigner signer(PrivateKey key, KeyType type) {
        try {
            return new JcaContentSignerBuilder(signatureName(type == KeyType.RSA_PSS ? KeyType.RSA : type, "SHA256"))
                    .setProvider(PROVIDER).build(key);
        } catch (org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key, KeyType type)
            throws GeneralSecurityException {
        X509CertificateHolder holder = builder.build(signer(key, type));
        return new JcaX509CertificateConverter().setProvider(PROVIDER).getCertificate(holder);
    }

    private static synchronized BigInteger nextSerial() {
        return BigInteger.valueOf(serial++);
    }

    private static KeyPair generate(KeyType type) {
        try {
            if (type == KeyType.EC || type == KeyType.EC_BRAINPOOL) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", PROVIDER);
                generator.initialize(new ECGenParameterSpec(type == KeyType.EC ? "secp256r1" : "brainpoolP256r1"));
                return generator.generateKeyPair();
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", PROVIDER);
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
