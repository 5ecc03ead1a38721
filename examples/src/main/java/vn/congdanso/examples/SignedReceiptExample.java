package vn.congdanso.examples;

import java.io.PrintStream;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.time.VnTime;
import vn.congdanso.qr.procedure.AgencyCode;
import vn.congdanso.qr.procedure.DossierCode;
import vn.congdanso.qr.procedure.ProcedureCode;
import vn.congdanso.qr.receipt.Receipt;
import vn.congdanso.qr.receipt.ReceiptSigner;
import vn.congdanso.qr.receipt.ReceiptVerifier;
import vn.congdanso.qr.receipt.TrustList;
import vn.congdanso.qr.receipt.VerifiedReceipt;

/** The desk signs a dossier receipt; the citizen's app verifies it offline; tampering and expiry are caught. */
final class SignedReceiptExample implements Example {

    @Override
    public String title() {
        return "qr.receipt: signed dossier receipts verified offline";
    }

    @Override
    public void run(PrintStream out) {
        KeyPair deskKey = newP256Key();
        Instant receivedAt = Instant.parse("2026-10-08T02:30:00Z");
        Clock deskClock = Clock.fixed(receivedAt, VnTime.ZONE);
        out.println("1. The province gives the commune desk an EC P-256 key under kid \"H41-2026\"; apps trust its public key.");

        ReceiptSigner signer = ReceiptSigner.builder().privateKey(deskKey.getPrivate()).kid("H41-2026")
                .issuer("UBND xã Đoan Hùng").clock(deskClock).validity(Duration.ofDays(90)).build();
        Receipt receipt = new Receipt(DossierCode.parse("H15.50.05.13-261008-0975"), ProcedureCode.parse("1.001193"),
                AgencyCode.parse("000.00.15.H41"), receivedAt, receivedAt.plus(Duration.ofHours(7)));
        String payload = signer.sign(receipt, "025201012345");
        out.println("2. The desk receives a birth-registration dossier and prints a QR (level Q) holding " + payload.length()
                + " characters: " + payload.substring(0, 40) + "…");
        out.println("   It carries no ID number, only a salted hash of it.");

        ReceiptVerifier app = ReceiptVerifier.builder()
                .keys(TrustList.builder().key("H41-2026", deskKey.getPublic()).build())
                .clock(Clock.fixed(receivedAt.plus(Duration.ofDays(1)), VnTime.ZONE)).build();
        VerifiedReceipt verified = app.verify(payload);
        out.println("3. Next day the citizen's app verifies it offline: dossier " + verified.dossier() + ", procedure "
                + verified.procedure() + ", due " + VnTime.formatCompact(verified.dueAt()) + " (GMT+7), issued by "
                + verified.issuer());
        out.println("   Is it mine? matchesIdNumber(own ID) = " + verified.matchesIdNumber("025201012345")
                + ", someone else's = " + verified.matchesIdNumber("025201012346"));

        int last = payload.length() - 1;
        String tampered = payload.substring(0, last) + (payload.charAt(last) == '0' ? '1' : '0');
        expectRejection(out, "4. A copy with one character changed", () -> app.verify(tampered));
        out.println("   The QR text is Base45 of zlib-compressed COSE, so a changed character breaks the compressed data"
                + " (or its Base45) first: the verifier stops there, before it even reaches the signature.");

        ReceiptSigner forger = ReceiptSigner.builder().privateKey(newP256Key().getPrivate()).kid("H41-2026")
                .issuer("UBND xã Đoan Hùng").clock(deskClock).validity(Duration.ofDays(90)).build();
        String forged = forger.sign(receipt, "025201012345");
        expectRejection(out, "5. A well-formed forgery signed with another key under the desk's kid",
                () -> app.verify(forged));
        out.println("   Everything decodes, so this is where the signature check itself says no.");

        ReceiptVerifier nextYear = ReceiptVerifier.builder()
                .keys(TrustList.builder().key("H41-2026", deskKey.getPublic()).build())
                .clock(Clock.fixed(receivedAt.plus(Duration.ofDays(120)), VnTime.ZONE)).build();
        expectRejection(out, "6. The same receipt four months later", () -> nextYear.verify(payload));

        ReceiptVerifier otherProvince = ReceiptVerifier.builder()
                .keys(TrustList.builder().key("H42-2026", newP256Key().getPublic()).build()).clock(deskClock).build();
        expectRejection(out, "7. An app that trusts another province only", () -> otherProvince.verify(payload));
    }

    private static void expectRejection(PrintStream out, String what, Runnable verification) {
        try {
            verification.run();
            throw new IllegalStateException(what + " should have been rejected");
        } catch (RejectedException e) {
            out.println(what + " is rejected: " + e.code().id());
        }
    }

    private static KeyPair newP256Key() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has P-256", e);
        }
    }
}
