package vn.congdanso.qr.receipt;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import vn.congdanso.qr.procedure.AgencyCode;
import vn.congdanso.qr.procedure.DossierCode;
import vn.congdanso.qr.procedure.ProcedureCode;

/** A typical receipt and a signer/verifier pair around one key, for tests. */
final class Receipts {

    static final Instant NOW = Instant.parse("2026-10-08T02:30:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String ID_NUMBER = "025201012345";
    static final String KID = "H41-2026";
    static final KeyPair KEYS = TestKeys.p256();

    private Receipts() {
    }

    static Receipt typical() {
        return new Receipt(DossierCode.parse("H15.50.05.13-261008-0975"), ProcedureCode.parse("1.001193"),
                AgencyCode.parse("000.00.15.H41"), NOW, NOW.plus(Duration.ofDays(3)));
    }

    static ReceiptSigner signer() {
        return ReceiptSigner.builder().privateKey(KEYS.getPrivate()).kid(KID)
                .issuer("UBND xã Đoan Hùng").clock(CLOCK).validity(Duration.ofDays(90)).build();
    }

    static ReceiptVerifier verifier(Clock clock) {
        return ReceiptVerifier.builder().keys(TrustList.builder().key(KID, KEYS.getPublic()).build()).clock(clock).build();
    }

    static String signedTypical() {
        return signer().sign(typical(), ID_NUMBER);
    }
}
