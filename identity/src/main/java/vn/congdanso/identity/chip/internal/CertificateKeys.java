package vn.congdanso.identity.chip.internal;

import java.security.cert.X509Certificate;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;

import vn.congdanso.identity.chip.ChipError;

/** The key identifiers of a certificate, for looking up its issuer. */
public final class CertificateKeys {

    private CertificateKeys() {
    }

    /** The key identifier of the authority key identifier extension, when present. */
    public static Optional<byte[]> authorityKeyId(X509Certificate certificate) {
        return extension(certificate, Extension.authorityKeyIdentifier)
                .map(value -> AuthorityKeyIdentifier.getInstance(value).getKeyIdentifierObject())
                .map(ASN1OctetString::getOctets);
    }

    /** The subject key identifier extension, when present. */
    public static Optional<byte[]> subjectKeyId(X509Certificate certificate) {
        return extension(certificate, Extension.subjectKeyIdentifier)
                .map(value -> SubjectKeyIdentifier.getInstance(value).getKeyIdentifier());
    }

    private static Optional<org.bouncycastle.asn1.ASN1Primitive> extension(X509Certificate certificate,
            org.bouncycastle.asn1.ASN1ObjectIdentifier oid) {
        byte[] wrapped = certificate.getExtensionValue(oid.getId());
        if (wrapped == null) {
            return Optional.empty();
        }
        byte[] value = ASN1OctetString.getInstance(Bc.parse(wrapped, ChipError.BAD_CERTIFICATE, "an extension")).getOctets();
        return Optional.of(Bc.parse(value, ChipError.BAD_CERTIFICATE, "an extension"));
    }
}
