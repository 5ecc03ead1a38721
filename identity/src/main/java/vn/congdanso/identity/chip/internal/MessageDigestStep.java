package vn.congdanso.identity.chip.internal;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.icao.ICAOObjectIdentifiers;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.crypto.ConstantTime;
import vn.congdanso.identity.chip.ChipStep;
import vn.congdanso.identity.chip.StepResult;

/**
 * The signed attributes bind the signature to this LDS Security Object: the contentType attribute
 * names the LDS Security Object and the messageDigest attribute equals its hash (compared in
 * constant time).
 */
public final class MessageDigestStep {

    private MessageDigestStep() {
    }

    /** Checks the signed attributes of {@code sod}. */
    public static StepResult check(Sod sod) {
        AttributeTable attributes = sod.signer().getSignedAttributes();
        if (attributes == null) {
            return StepResult.skipped(ChipStep.MESSAGE_DIGEST, "no signed attributes: the signature covers the content");
        }
        Attribute type = attributes.get(CMSAttributes.contentType);
        Attribute digest = attributes.get(CMSAttributes.messageDigest);
        if (type == null || digest == null || type.getAttrValues().size() != 1 || digest.getAttrValues().size() != 1) {
            return StepResult.failed(ChipStep.MESSAGE_DIGEST, "contentType or messageDigest attribute missing");
        }
        if (!ICAOObjectIdentifiers.id_icao_ldsSecurityObject.equals(type.getAttrValues().getObjectAt(0))) {
            return StepResult.failed(ChipStep.MESSAGE_DIGEST, "contentType attribute is not the LDS Security Object");
        }
        return compare(sod, digest);
    }

    private static StepResult compare(Sod sod, Attribute digest) {
        ASN1ObjectIdentifier algorithm = sod.signer().getDigestAlgorithmID().getAlgorithm();
        try {
            byte[] expected = ASN1OctetString.getInstance(digest.getAttrValues().getObjectAt(0)).getOctets();
            byte[] actual = Algorithms.digest(algorithm, sod.content());
            String name = Algorithms.digestName(algorithm);
            return ConstantTime.equals(expected, actual)
                    ? StepResult.passed(ChipStep.MESSAGE_DIGEST, name + " messageDigest matches the LDS Security Object")
                    : StepResult.failed(ChipStep.MESSAGE_DIGEST, name + " messageDigest does not match the LDS Security Object");
        } catch (RuntimeException e) {
            return StepResult.failed(ChipStep.MESSAGE_DIGEST, "messageDigest cannot be checked ("
                    + (e instanceof CongDanSoException sdk ? sdk.code().id() : e.getClass().getSimpleName()) + ")");
        }
    }
}
