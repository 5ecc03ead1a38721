package vn.congdanso.identity.chip.internal;

import java.io.IOException;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.spec.PSSParameterSpec;
import java.util.Locale;

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
 * v1.5, RSA-PSS and ECDSA with SHA-1/224/256/384/512 only.
 */
public final class SodSignatureStep {

    private static final DefaultCMSSignatureAlgorithmNameGenerator NAMES = new DefaultCMSSignatureAlgorithmNameGenerator();

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
            Signature signature = Signature.getInstance(name, Bc.PROVIDER);
            pssParameters(encryption, signature);
            signature.initVerify(sod.documentSigner().getPublicKey());
            signature.update(signedBytes(sod));
            return signature.verify(signer.getSignature())
                    ? StepResult.passed(ChipStep.SOD_SIGNATURE, name + " signature verifies")
                    : StepResult.failed(ChipStep.SOD_SIGNATURE, name + " signature does not verify");
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            return StepResult.failed(ChipStep.SOD_SIGNATURE,
                    name + " signature cannot be checked (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static byte[] signedBytes(Sod sod) throws IOException {
        byte[] attributes = sod.signer().getEncodedSignedAttributes();
        return attributes != null ? attributes : sod.content();
    }

    private static void pssParameters(AlgorithmIdentifier encryption, Signature signature)
            throws GeneralSecurityException, IOException {
        ASN1Encodable parameters = encryption.getParameters();
        if (PKCSObjectIdentifiers.id_RSASSA_PSS.equals(encryption.getAlgorithm()) && parameters != null) {
            AlgorithmParameters pss = AlgorithmParameters.getInstance("PSS", Bc.PROVIDER);
            pss.init(parameters.toASN1Primitive().getEncoded());
            signature.setParameter(pss.getParameterSpec(PSSParameterSpec.class));
        }
    }
}
