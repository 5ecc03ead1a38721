package vn.congdanso.identity.chip.internal;

import java.io.IOException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

import vn.congdanso.core.RejectedException;
import vn.congdanso.identity.chip.ChipError;
import vn.congdanso.identity.chip.SecurityInfo;

/**
 * Reads DG14 (tag 0x6E, a SET of SecurityInfo, each a SEQUENCE starting with the protocol's object
 * identifier) and DG15 (tag 0x6F, the active authentication SubjectPublicKeyInfo).
 */
public final class Dg14Parser {

    /** The largest DG14 or DG15 accepted. */
    public static final int MAX_BYTES = 64 * 1024;

    private static final int TAG_DG14 = 0x6E;
    private static final int TAG_DG15 = 0x6F;

    private Dg14Parser() {
    }

    /** The security infos of DG14; refused with {@link ChipError#BAD_ASN1} or {@link ChipError#BAD_DG14}. */
    public static List<SecurityInfo> parseDg14(byte[] data) {
        Tlv outer = Tlv.whole(limited(data, "DG14"), TAG_DG14);
        try {
            ASN1Set set = ASN1Set.getInstance(Bc.parse(data, outer.valueOffset(), outer.valueLength(), ChipError.BAD_DG14, "DG14"));
            List<SecurityInfo> infos = new ArrayList<>();
            for (ASN1Encodable element : set) {
                infos.add(securityInfo(ASN1Sequence.getInstance(element)));
            }
            return List.copyOf(infos);
        } catch (IOException | IllegalArgumentException | IllegalStateException | ClassCastException e) {
            throw new RejectedException(ChipError.BAD_DG14, "DG14 is not a set of security infos");
        }
    }

    /** The active authentication public key of DG15; refused with {@link ChipError#BAD_ASN1} or {@link ChipError#BAD_DG15}. */
    public static PublicKey parseDg15(byte[] data) {
        Tlv outer = Tlv.whole(limited(data, "DG15"), TAG_DG15);
        try {
            SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(
                    Bc.parse(data, outer.valueOffset(), outer.valueLength(), ChipError.BAD_DG15, "DG15"));
            return Optional.ofNullable(BouncyCastleProvider.getPublicKey(info))
                    .orElseThrow(() -> new RejectedException(ChipError.BAD_DG15, "DG15 holds a key of an unknown algorithm"));
        } catch (IOException | IllegalArgumentException | IllegalStateException | ClassCastException e) {
            throw new RejectedException(ChipError.BAD_DG15, "DG15 is not a public key");
        }
    }

    private static SecurityInfo securityInfo(ASN1Sequence sequence) throws IOException {
        ASN1ObjectIdentifier protocol = ASN1ObjectIdentifier.getInstance(sequence.getObjectAt(0));
        Optional<PublicKey> key = Optional.empty();
        if (sequence.size() > 1 && sequence.getObjectAt(1) instanceof ASN1Sequence candidate) {
            key = publicKey(candidate);
        }
        return new SecurityInfo(protocol.getId(), key, HexFormat.of().formatHex(sequence.getEncoded()));
    }

    private static Optional<PublicKey> publicKey(ASN1Sequence candidate) {
        try {
            return Optional.ofNullable(BouncyCastleProvider.getPublicKey(SubjectPublicKeyInfo.getInstance(candidate)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] limited(byte[] data, String what) {
        if (data.length > MAX_BYTES) {
            throw new RejectedException(ChipError.TOO_LARGE, what + " has " + data.length + " bytes, at most " + MAX_BYTES);
        }
        return data;
    }
}
