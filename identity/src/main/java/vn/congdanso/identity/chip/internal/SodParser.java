package vn.congdanso.identity.chip.internal;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.icao.DataGroupHash;
import org.bouncycastle.asn1.icao.ICAOObjectIdentifiers;
import org.bouncycastle.asn1.icao.LDSSecurityObject;
import org.bouncycastle.cert.X509CertificateHolder;
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
    private static final Pattern DER_TIME = Pattern.compile("(\\d{2}|\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(?:GMT\\+00:?00|Z)");

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
            return Bc.certificate(matches.iterator().next().getEncoded());
        } catch (CertificateException | java.io.IOException e) {
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
            Time time = Time.getInstance(attribute.getAttrValues().getObjectAt(0));
            return Optional.of(derTime(time.toASN1Primitive()).orElseGet(() -> time.getDate().toInstant()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw bad("the signingTime attribute is not a time");
        }
    }

    /**
     * A DER time ({@code YYMMDDhhmmssZ} or {@code YYYYMMDDhhmmssZ}) read directly: BouncyCastle's
     * {@code getDate()} builds a {@code SimpleDateFormat} on every call. Empty for any other form.
     */
    private static Optional<Instant> derTime(ASN1Primitive time) {
        String text = time instanceof ASN1UTCTime utc ? utc.getTime() : time instanceof ASN1GeneralizedTime general
                ? general.getTimeString() : "";
        Matcher matcher = DER_TIME.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        if (matcher.group(1).length() == 2) {
            year += year < 50 ? 2000 : 1900;
        }
        try {
            return Optional.of(LocalDateTime.of(year, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)),
                    Integer.parseInt(matcher.group(4)), Integer.parseInt(matcher.group(5)), Integer.parseInt(matcher.group(6)))
                    .toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            throw bad("the signingTime attribute is not a real time");
        }
    }

    private static RejectedException bad(String message) {
        return new RejectedException(ChipError.BAD_SOD, message);
    }
}
