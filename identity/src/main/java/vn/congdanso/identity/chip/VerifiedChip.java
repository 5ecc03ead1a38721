package vn.congdanso.identity.chip;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

import vn.congdanso.identity.consistency.PersonRecord;
import vn.congdanso.identity.mrz.Mrz;
import vn.congdanso.identity.mrz.VietnameseIdMrz;

import static java.util.Objects.requireNonNull;

/**
 * Chip data whose SOD signature and data-group hashes were verified: the only way to the parsed
 * data groups. Obtained from {@link ChipVerification#verified()} when the verdict is
 * {@link ChipVerdict#VALID} or {@link ChipVerdict#VALID_UNTRUSTED_CHAIN} — check {@link #verdict()}
 * to know whether the Document Signer chains to a trusted CSCA. Immutable and thread-safe;
 * {@link #toString()} shows the verdict and the masked ID number only.
 */
public final class VerifiedChip {

    /**
     * The parsed data groups, each present when its file was provided.
     *
     * @param dg1 DG1's MRZ
     * @param dg1VietnameseId DG1's MRZ read by the Vietnamese ID card rules, when a TD1 MRZ of VNM
     * @param dg2 DG2's face image
     * @param dg13 DG13's personal data
     * @param dg14 DG14's security infos
     * @param dg15 DG15's active authentication key
     */
    record Groups(Optional<Mrz> dg1, Optional<VietnameseIdMrz> dg1VietnameseId, Optional<FaceImage> dg2,
            Optional<ChipPersonalData> dg13, Optional<List<SecurityInfo>> dg14, Optional<PublicKey> dg15) {
    }

    private final ChipVerdict verdict;
    private final Groups groups;
    private final X509Certificate documentSigner;
    private final Optional<X509Certificate> csca;

    VerifiedChip(ChipVerdict verdict, Groups groups, X509Certificate documentSigner, Optional<X509Certificate> csca) {
        if (!verdict.dataIntact()) {
            throw new IllegalArgumentException("not verified: " + verdict);
        }
        this.verdict = verdict;
        this.groups = requireNonNull(groups, "groups == null");
        this.documentSigner = requireNonNull(documentSigner, "documentSigner == null");
        this.csca = requireNonNull(csca, "csca == null");
    }

    /** {@link ChipVerdict#VALID} or {@link ChipVerdict#VALID_UNTRUSTED_CHAIN}. */
    public ChipVerdict verdict() {
        return verdict;
    }

    /** Whether the Document Signer chains to a trusted CSCA ({@link ChipVerdict#VALID}). */
    public boolean trusted() {
        return verdict == ChipVerdict.VALID;
    }

    /** DG1's MRZ, read by the generic ICAO rules. */
    public Optional<Mrz> dg1() {
        return groups.dg1();
    }

    /** DG1's MRZ read by the Vietnamese ID card rules, when it is a TD1 MRZ issued by VNM. */
    public Optional<VietnameseIdMrz> dg1VietnameseId() {
        return groups.dg1VietnameseId();
    }

    /** DG2's face image. */
    public Optional<FaceImage> dg2() {
        return groups.dg2();
    }

    /** DG13's Vietnamese personal data. */
    public Optional<ChipPersonalData> dg13() {
        return groups.dg13();
    }

    /** DG14's security infos (for information; chip authentication needs a live card). */
    public Optional<List<SecurityInfo>> dg14() {
        return groups.dg14();
    }

    /** DG15's active authentication public key (for information; active authentication needs a live card). */
    public Optional<PublicKey> dg15() {
        return groups.dg15();
    }

    /** The Document Signer certificate that signed EF.SOD. */
    public X509Certificate documentSigner() {
        return documentSigner;
    }

    /** The trusted CSCA it chains to; empty for {@link ChipVerdict#VALID_UNTRUSTED_CHAIN}. */
    public Optional<X509Certificate> csca() {
        return csca;
    }

    /**
     * What the chip says about the holder, for {@link vn.congdanso.identity.consistency.IdentityConsistency}:
     * DG13 (source {@code dg13}) when present, else DG1's Vietnamese MRZ (source {@code dg1}), else nothing
     * (source {@code chip}).
     */
    public PersonRecord toPersonRecord() {
        return PersonRecord.of(this);
    }

    /** The verdict and the masked ID number. */
    @Override
    public String toString() {
        String id = dg13().flatMap(ChipPersonalData::citizenId).map(Object::toString)
                .or(() -> dg1VietnameseId().flatMap(VietnameseIdMrz::citizenId).map(Object::toString)).orElse("none");
        return "VerifiedChip[" + verdict + ", id=" + id + "]";
    }
}
