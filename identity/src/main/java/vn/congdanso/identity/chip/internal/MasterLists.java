package vn.congdanso.identity.chip.internal;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.icao.CscaMasterList;
import org.bouncycastle.asn1.icao.ICAOObjectIdentifiers;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

import vn.congdanso.core.RejectedException;
import vn.congdanso.identity.chip.ChipError;

/**
 * Reads an ICAO CSCA master list: a CMS SignedData of content type {@code id-icao-cscaMasterList}
 * holding a set of certificates. The signature must verify with the signer certificate carried in
 * the SignedData, and that certificate must be signed by one of the listed certificates.
 */
public final class MasterLists {

    private MasterLists() {
    }

    /** The certificates of {@code data}; refused with {@link ChipError#BAD_MASTER_LIST}. */
    public static List<X509Certificate> read(byte[] data) {
        CMSSignedData signed = signedData(data);
        if (!ICAOObjectIdentifiers.id_icao_cscaMasterList.equals(new ASN1ObjectIdentifier(signed.getSignedContentTypeOID()))
                || signed.getSignedContent() == null) {
            throw bad("not a CSCA master list");
        }
        List<X509Certificate> certificates = certificates((byte[]) signed.getSignedContent().getContent());
        X509Certificate signer = verifySigner(signed);
        if (certificates.stream().noneMatch(csca -> issued(csca, signer))) {
            throw bad("the master list's signer is not certified by a listed CSCA");
        }
        return certificates;
    }

    private static CMSSignedData signedData(byte[] data) {
        try {
            return new CMSSignedData(ContentInfo.getInstance(Bc.parse(data, ChipError.BAD_MASTER_LIST, "the master list")));
        } catch (CMSException | IllegalArgumentException e) {
            throw bad("not a CMS SignedData");
        }
    }

    private static List<X509Certificate> certificates(byte[] content) {
        try {
            CscaMasterList list = CscaMasterList.getInstance(Bc.parse(content, ChipError.BAD_MASTER_LIST, "the master list"));
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate certificate : list.getCertStructs()) {
                certificates.add(convert(new X509CertificateHolder(certificate)));
            }
            return certificates;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw bad("the master list's content is not a list of certificates");
        }
    }

    private static X509Certificate verifySigner(CMSSignedData signed) {
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            throw bad("a master list has one signer, found " + signers.size());
        }
        SignerInformation signer = signers.iterator().next();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(signer.getSID());
        if (matches.size() != 1) {
            throw bad("the master list does not carry its signer's certificate");
        }
        X509Certificate certificate = convert(matches.iterator().next());
        try {
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(Bc.PROVIDER).build(certificate))) {
                throw bad("the master list's signature does not verify");
            }
        } catch (CMSException | OperatorCreationException e) {
            throw bad("the master list's signature does not verify");
        }
        return certificate;
    }

    private static boolean issued(X509Certificate csca, X509Certificate signer) {
        if (!csca.getSubjectX500Principal().equals(signer.getIssuerX500Principal())) {
            return false;
        }
        return Bc.signedBy(signer, csca.getPublicKey());
    }

    private static X509Certificate convert(X509CertificateHolder holder) {
        try {
            return Bc.certificate(holder.getEncoded());
        } catch (CertificateException | java.io.IOException e) {
            throw bad("a certificate in the master list is not well-formed");
        }
    }

    private static RejectedException bad(String message) {
        return new RejectedException(ChipError.BAD_MASTER_LIST, message);
    }
}
