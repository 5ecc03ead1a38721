package vn.congdanso.identity.chip;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import javax.security.auth.x500.X500Principal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.congdanso.core.RejectedException;
import vn.congdanso.identity.chip.internal.Bc;
import vn.congdanso.identity.chip.internal.CertificateKeys;
import vn.congdanso.identity.chip.internal.MasterLists;

import static java.util.Objects.requireNonNull;

/**
 * The Country Signing CA certificates a {@link PassiveAuthenticator} trusts, and the CRLs they
 * issued. CSCA certificates come from PEM or DER files, a folder of them, or an ICAO master list (a
 * CMS-signed list of CSCA certificates, whose signature is checked against a certificate in the
 * list); each must be a CA certificate. A CRL is accepted only when it is signed by a CSCA of the
 * store, checked once when the store is built. Lookup is by the Document Signer's issuer and
 * authority key identifier.
 *
 * <p>Immutable and thread-safe. Files are size-checked before they are read: 1 MiB for a
 * certificate or CRL, 16 MiB for a master list.
 */
public final class CscaTrustStore {

    private static final Logger LOG = LoggerFactory.getLogger(CscaTrustStore.class);
    private static final long MAX_FILE_BYTES = 1024 * 1024;
    private static final long MAX_MASTER_LIST_BYTES = 16 * 1024 * 1024;
    private static final List<String> CERTIFICATE_SUFFIXES = List.of(".pem", ".crt", ".cer", ".der");
    private static final List<String> MASTER_LIST_SUFFIXES = List.of(".ml", ".mls");
    private static final List<String> CRL_SUFFIXES = List.of(".crl");
    private static final byte[] PEM_CRL = "-----BEGIN X509 CRL-----".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final List<X509Certificate> cscas;
    private final List<X509CRL> crls;

    private CscaTrustStore(List<X509Certificate> cscas, List<X509CRL> crls) {
        this.cscas = List.copyOf(cscas);
        this.crls = List.copyOf(crls);
    }

    /** A store that trusts nothing: verification can at best reach {@link ChipVerdict#VALID_UNTRUSTED_CHAIN}. */
    public static CscaTrustStore empty() {
        return new CscaTrustStore(List.of(), List.of());
    }

    /** A builder for a store. */
    public static Builder builder() {
        return new Builder();
    }

    /** The CSCA certificates. */
    public List<X509Certificate> cscas() {
        return cscas;
    }

    /** The CRLs, each signed by one of {@link #cscas()}. */
    public List<X509CRL> crls() {
        return crls;
    }

    /**
     * The CSCAs that may have issued {@code certificate}: subject equal to its issuer and, when it
     * has an authority key identifier, a subject key identifier equal to it (or none).
     */
    public List<X509Certificate> issuersOf(X509Certificate certificate) {
        requireNonNull(certificate, "certificate == null");
        Optional<byte[]> authorityKey = CertificateKeys.authorityKeyId(certificate);
        return cscas.stream()
                .filter(csca -> csca.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()))
                .filter(csca -> authorityKey.isEmpty() || CertificateKeys.subjectKeyId(csca)
                        .map(key -> Arrays.equals(key, authorityKey.get())).orElse(true))
                .toList();
    }

    /** The CRLs issued by {@code csca}. */
    public List<X509CRL> crlsOf(X509Certificate csca) {
        requireNonNull(csca, "csca == null");
        X500Principal subject = csca.getSubjectX500Principal();
        return crls.stream().filter(crl -> crl.getIssuerX500Principal().equals(subject)).toList();
    }

    /** The number of CSCAs and CRLs. */
    @Override
    public String toString() {
        return "CscaTrustStore[" + cscas.size() + " CSCAs, " + crls.size() + " CRLs]";
    }

    /** Collects certificates and CRLs; {@link #build()} checks the CRLs' signatures. Not thread-safe. */
    public static final class Builder {

        private final List<X509Certificate> cscas = new ArrayList<>();
        private final List<X509CRL> crls = new ArrayList<>();

        private Builder() {
        }

        /** Adds a CSCA certificate; refused with {@link ChipError#BAD_CERTIFICATE} unless it is a CA. */
        public Builder certificate(X509Certificate csca) {
            requireNonNull(csca, "csca == null");
            if (csca.getBasicConstraints() < 0) {
                throw new RejectedException(ChipError.BAD_CERTIFICATE,
                        "not a CA certificate: " + csca.getSubjectX500Principal().getName());
            }
            try {
                cscas.add(Bc.certificate(csca.getEncoded()));
            } catch (GeneralSecurityException e) {
                throw new RejectedException(ChipError.BAD_CERTIFICATE, "not an X.509 certificate", e);
            }
            return this;
        }

        /** Adds the CSCA certificates in {@code pemOrDer}: one DER certificate or any number of PEM ones. */
        public Builder certificates(byte[] pemOrDer) {
            requireNonNull(pemOrDer, "pemOrDer == null");
            Collection<? extends java.security.cert.Certificate> read;
            try {
                read = factory().generateCertificates(new ByteArrayInputStream(pemOrDer));
            } catch (GeneralSecurityException | RuntimeException e) {
                throw new RejectedException(ChipError.BAD_CERTIFICATE, "not a PEM or DER X.509 certificate", e);
            }
            if (read.isEmpty()) {
                throw new RejectedException(ChipError.BAD_CERTIFICATE, "no certificate found");
            }
            read.forEach(certificate -> certificate((X509Certificate) certificate));
            return this;
        }

        /** Adds the certificates of an ICAO master list, after checking its signature. */
        public Builder masterList(byte[] masterList) {
            requireNonNull(masterList, "masterList == null");
            MasterLists.read(masterList).forEach(this::certificate);
            return this;
        }

        /**
         * Adds a certificate file, a master list ({@code .ml}, {@code .mls}), a CRL ({@code .crl}, or PEM
         * starting {@code -----BEGIN X509 CRL-----}), or every such file ({@code .pem}, {@code .crt},
         * {@code .cer}, {@code .der}, {@code .ml}, {@code .mls}, {@code .crl}) directly in a folder.
         */
        public Builder path(Path fileOrFolder) {
            requireNonNull(fileOrFolder, "fileOrFolder == null");
            if (!Files.isDirectory(fileOrFolder)) {
                return file(fileOrFolder);
            }
            try (Stream<Path> files = Files.list(fileOrFolder)) {
                files.filter(Files::isRegularFile).filter(file -> hasSuffix(file, CERTIFICATE_SUFFIXES)
                        || hasSuffix(file, MASTER_LIST_SUFFIXES) || hasSuffix(file, CRL_SUFFIXES)).sorted().forEach(this::file);
            } catch (IOException e) {
                throw new RejectedException(ChipError.BAD_FILE, "cannot list " + fileOrFolder, e);
            }
            return this;
        }

        /** Adds a CRL (PEM or DER); it must be signed by a CSCA of the store, checked by {@link #build()}. */
        public Builder crl(byte[] pemOrDer) {
            requireNonNull(pemOrDer, "pemOrDer == null");
            try {
                crls.add((X509CRL) factory().generateCRL(new ByteArrayInputStream(pemOrDer)));
            } catch (GeneralSecurityException | RuntimeException e) {
                throw new RejectedException(ChipError.BAD_CRL, "not a PEM or DER X.509 CRL", e);
            }
            return this;
        }

        /** Adds a CRL file; see {@link #crl(byte[])}. */
        public Builder crl(Path file) {
            requireNonNull(file, "file == null");
            return crl(read(file, MAX_FILE_BYTES));
        }

        /** The store; refused with {@link ChipError#BAD_CRL} when a CRL is not signed by one of its CSCAs. */
        public CscaTrustStore build() {
            for (X509CRL crl : crls) {
                if (cscas.stream().noneMatch(csca -> signedBy(crl, csca))) {
                    throw new RejectedException(ChipError.BAD_CRL,
                            "CRL of " + crl.getIssuerX500Principal().getName() + " is not signed by a CSCA of the store");
                }
            }
            LOG.info("CSCA trust store: {} certificates, {} CRLs", cscas.size(), crls.size());
            return new CscaTrustStore(cscas, crls);
        }

        private Builder file(Path file) {
            if (hasSuffix(file, MASTER_LIST_SUFFIXES)) {
                return masterList(read(file, MAX_MASTER_LIST_BYTES));
            }
            byte[] contents = read(file, MAX_FILE_BYTES);
            boolean pemCrl = contents.length >= PEM_CRL.length
                    && Arrays.equals(Arrays.copyOf(contents, PEM_CRL.length), PEM_CRL);
            return hasSuffix(file, CRL_SUFFIXES) || pemCrl ? crl(contents) : certificates(contents);
        }

        private static boolean signedBy(X509CRL crl, X509Certificate csca) {
            if (!crl.getIssuerX500Principal().equals(csca.getSubjectX500Principal())) {
                return false;
            }
            try {
                crl.verify(csca.getPublicKey());
                return true;
            } catch (GeneralSecurityException | RuntimeException e) {
                return signedByBc(crl, csca);
            }
        }

        private static boolean signedByBc(X509CRL crl, X509Certificate csca) {
            try {
                crl.verify(csca.getPublicKey(), Bc.PROVIDER);
                return true;
            } catch (GeneralSecurityException | RuntimeException e) {
                return false;
            }
        }

        private static boolean hasSuffix(Path file, List<String> suffixes) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return suffixes.stream().anyMatch(name::endsWith);
        }

        private static byte[] read(Path file, long limit) {
            try {
                long size = Files.size(file);
                if (size > limit) {
                    throw new RejectedException(ChipError.TOO_LARGE, file.getFileName() + " has " + size + " bytes, at most " + limit);
                }
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new RejectedException(ChipError.BAD_FILE, "cannot read " + file.getFileName(), e);
            }
        }

        /** The JDK's factory: it reads DER and any number of PEM blocks. */
        private static CertificateFactory factory() throws GeneralSecurityException {
            return CertificateFactory.getInstance("X.509");
        }
    }
}
