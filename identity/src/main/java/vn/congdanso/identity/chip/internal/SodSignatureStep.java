package vn.congdanso.identity.chip.internal;

import java.io.IOException;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Locale;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.DefaultCMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.SignerInformation;

import vn.congdanso.identity.chip.ChipStep;
import vn.congdanso.identity.chip.StepResult;

/**
 * The SOD's signature verifies with the Document Signer certificate's key over the DER-encoded
 * signed attributes (or, without signed attributes, over the LDS Security Object). RSA PKCS#1
 * v1.5, RSA-PSS and ECDSA with SHA-1/224/256/384/512 only. RSA is verified with the JDK's providers
 * (BouncyCastle's private instance takes over for what they refuse); ECDSA with BouncyCastle's, which
 * is faster than the JDK 17's and knows the brainpool curves.
 */
public final class SodSignatureStep {

    private static final DefaultCMSSignatureAlgorithmNameGenerator NAMES = new DefaultCMSSignatureAlgorithmNameGenerator();
    private static final String PSS_SUFFIX = "WITHRSAANDMGF1";
    private static final String EC = "EC";

    private SodSignatureStep() {
    }

    /** Checks the signature of {@code sod}. */
    public static StepResult check(Sod sod) {
        SignerInformation signer = sod.signer();
        AlgorithmIdentifier encryption = signer.toASN1Structure().getDigestEncryptionAlgorithm();
        String name = NAMES.getSignatureName(signer.getDigestAlgorithmID(), encryption).toUpperCase(Locale.ROOT);
        if (!Algorithms.acceptedSignature(name)) {
            return StepResult.failed(ChipStep.SOD_SIGNATURE, "unsupported signature algorithm " + name);
        }
        try {
            return verify(name, encryption, sod.documentSigner().getPublicKey(), signedBytes(sod), signer.getSignature())
                    ? StepResult.passed(ChipStep.SOD_SIGNATURE, name + " signature verifies")
                    : StepResult.failed(ChipStep.SOD_SIGNATURE, name + " signature does not verify");
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            return StepResult.failed(ChipStep.SOD_SIGNATURE,
                    name + " signature cannot be checked (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static boolean verify(String name, AlgorithmIdentifier encryption, PublicKey key, byte[] data, byte[] value)
            throws GeneralSecurityException, IOException {
        Signature signature;
        try {
            if (EC.equals(key.getAlgorithm())) {
                throw new NoSuchAlgorithmException("ECDSA is faster with BouncyCastle than with the JDK 17 SunEC");
            }
            signature = jdk(name, encryption);
            signature.initVerify(key);
        } catch (NoSuchAlgorithmException | InvalidKeyException | InvalidAlgorithmParameterException e) {
            signature = bc(name, encryption, key);
        }
        signature.update(data);
        return signature.verify(value);
    }

    private static Signature bc(String name, AlgorithmIdentifier encryption, PublicKey key)
            throws GeneralSecurityException, IOException {
        Signature signature = Signature.getInstance(name, Bc.PROVIDER);
        Optional<PSSParameterSpec> pss = pssParameters(name, encryption);
        if (pss.isPresent()) {
            signature.setParameter(pss.get());
        }
        signature.initVerify(key);
        return signature;
    }

    private static Signature jdk(String name, AlgorithmIdentifier encryption) throws GeneralSecurityException, IOException {
        if (!name.endsWith(PSS_SUFFIX)) {
            return Signature.getInstance(name);
        }
        Signature signature = Signature.getInstance("RSASSA-PSS");
        signature.setParameter(pssParameters(name, encryption).orElseThrow());
        return signature;
    }

    /** For RSA-PSS, the parameters the signature names, or the defaults for its hash. */
    private static Optional<PSSParameterSpec> pssParameters(String name, AlgorithmIdentifier encryption)
            throws GeneralSecurityException, IOException {
        if (!name.endsWith(PSS_SUFFIX)) {
            return Optional.empty();
        }
        ASN1Encodable parameters = encryption.getParameters();
        if (PKCSObjectIdentifiers.id_RSASSA_PSS.equals(encryption.getAlgorithm()) && parameters != null) {
            AlgorithmParameters pss = AlgorithmParameters.getInstance("RSASSA-PSS");
            pss.init(parameters.toASN1Primitive().getEncoded());
            return Optional.of(pss.getParameterSpec(PSSParameterSpec.class));
        }
        String digest = "SHA-" + name.substring(3, name.length() - PSS_SUFFIX.length());
        int length = MessageDigest.getInstance(digest).getDigestLength();
        return Optional.of(new PSSParameterSpec(digest, "MGF1", new MGF1ParameterSpec(digest), length, 1));
    }

    private static byte[] signedBytes(Sod sod) throws IOException {
        byte[] attributes = sod.signer().getEncodedSignedAttributes();
        return attributes != null ? attributes : sod.content();
    }
}
