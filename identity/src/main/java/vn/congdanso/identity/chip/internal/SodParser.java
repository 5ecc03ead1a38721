package vn.congdanso.identity.chip.internal;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.icao.DataGroupHash;
import org.bouncycastle.asn1.icao.ICAOObjectIdentifiers;
import org.bouncycastle.asn1.icao.LDSSecurityObject;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

import vn.congdanso.core.RejectedException;
import vn.congdanso.identity.chip.ChipError;

/** Reads EF.SOD: tag 0x77 around a CMS SignedData whose content is an LDS Security Object. */
public final class SodParser {

    /** The largest EF.SOD accepted; real ones are 2–8 KiB. */
    public static final int MAX_BYTES = 64 * 1024;

    private static final int TAG_SOD = 0x77;

    private SodParser() {
    }

    /**
     * Parses {@code data}; throws {@link RejectedException} with a {@link ChipError} when it is not an
     * EF.SOD. BouncyCastle decodes some structures lazily: every field the steps use is read here, and
     * whatever BouncyCastle throws on the way becomes {@link ChipError#BAD_SOD}.
     */
    public static Sod parse(byte[] data) {
        if (data.length > MAX_BYTES) {
            throw new RejectedException(ChipError.TOO_LARGE, "EF.SOD has " + data.length + " bytes, at most " + MAX_BYTES);
        }
        Tlv outer = Tlv.whole(data, TAG_SOD);
        try {
            return read(data, outer);
        } catch (RejectedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw bad("EF.SOD is not well-formed (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static Sod read(byte[] data, Tlv outer) {
        ContentInfo info = contentInfo(data, outer);
        CMSSignedData signed = signedData(info);
        SignerInformation signer = onlySigner(signed);
        byte[] content = content(signed);
        LDSSecurityObject lds = lds(content);
        X509Certificate documentSigner = documentSigner(signed, signer);
        CertificateKeys.authorityKeyId(documentSigner);
        signer.getDigestAlgorithmID();
        signer.toASN1Structure().getDigestEncryptionAlgorithm();
        return new Sod(signer, documentSigner, content, lds.getVersion(),
                lds.getDigestAlgorithmIdentifier().getAlgorithm(), hashes(lds), signingTime(signer));
    }

    private static ContentInfo contentInfo(byte[] data, Tlv outer) {
        try {
            return ContentInfo.getInstance(Bc.parse(data, outer.valueOffset(), outer.valueLength(), ChipError.BAD_SOD,
                    "EF.SOD"));
        } catch (IllegalArgumentException e) {
            throw bad("EF.SOD does not hold a CMS ContentInfo");
        }
    }

    private static CMSSignedData signedData(ContentInfo info) {
        try {
            return new CMSSignedData(info);
        } catch (CMSException | RuntimeException e) {
            throw bad("EF.SOD does not hold a CMS SignedData");
        }
    }

    private static SignerInformation onlySigner(CMSSignedData signed) {
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            throw bad("EF.SOD has " + signers.size() + " signers, expected exactly one");
        }
        return signers.iterator().next();
    }

    private static byte[] content(CMSSignedData signed) {
        ASN1ObjectIdentifier type = new ASN1ObjectIdentifier(signed.getSignedContentTypeOID());
        if (!ICAOObjectIdentifiers.id_icao_ldsSecurityObject.equals(type) || signed.getSignedContent() == null) {
            throw bad("EF.SOD's content is not an LDS Security Object (" + type.getId() + ")");
        }
        return (byte[]) signed.getSignedContent().getContent();
    }

    private static LDSSecurityObject lds(byte[] content) {
        try {
            LDSSecurityObject lds = LDSSecurityObject.getInstance(Bc.parse(content, ChipError.BAD_SOD, "the LDS Security Object"));
            Algorithms.digestName(lds.getDigestAlgorithmIdentifier().getAlgorithm());
            return lds;
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException e) {
            throw bad("the LDS Security Object is not well-formed");
        }
    }

    private static Map<Integer, byte[]> hashes(LDSSecurityObject lds) {
        Map<Integer, byte[]> hashes = new HashMap<>();
        for (DataGroupHash hash : lds.getDatagroupHash()) {
            int number = hash.getDataGroupNumber();
            if (number < 1 || number > 16 || hashes.put(number, hash.getDataGroupHashValue().getOctets()) != null) {
                throw bad("the LDS Security Object lists data group " + number + " out of range or twice");
            }
        }
        return Collections.unmodifiableMap(hashes);
    }

    private static X509Certificate documentSigner(CMSSignedData signed, SignerInformation signer) {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(signer.getSID());
        if (matches.size() != 1) {
            throw bad("EF.SOD carries " + matches.size() + " certificates matching its signer, expected one");
        }
        try {
            return new JcaX509CertificateConverter().setProvider(Bc.PROVIDER).getCertificate(matches.iterator().next());
        } catch (CertificateException e) {
            throw bad("the Document Signer certificate is not well-formed");
        }
    }

    private static Optional<Instant> signingTime(SignerInformation signer) {
        AttributeTable attributes = signer.getSignedAttributes();
        Attribute attribute = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() != 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant());
        } catch (IllegalArgumentException e) {
            throw bad("the signingTime attribute is not a time");
        }
    }

    private static RejectedException bad(String message) {
        return new RejectedException(ChipError.BAD_SOD, message);
    }
}
