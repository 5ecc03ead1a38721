package vn.congdanso.bench.receipt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import vn.congdanso.qr.procedure.AgencyCode;
import vn.congdanso.qr.procedure.DossierCode;
import vn.congdanso.qr.procedure.ProcedureCode;
import vn.congdanso.qr.receipt.Receipt;
import vn.congdanso.qr.receipt.ReceiptSigner;
import vn.congdanso.qr.receipt.ReceiptVerifier;
import vn.congdanso.qr.receipt.TrustList;
import vn.congdanso.qr.receipt.VerifiedReceipt;

/**
 * Offline receipt verification (prefix, Base45, inflate, COSE, ES256, claims, expiry) side by
 * side with its floor: one bare JDK SHA256withECDSA verification of a message of the same size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReceiptBenchmark {

    private ReceiptVerifier verifier;
    private String payload;
    private KeyPair keys;
    private byte[] message;
    private byte[] derSignature;

    @Setup
    public void setUp() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        keys = generator.generateKeyPair();
        Instant now = Instant.parse("2026-10-08T02:30:00Z");
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        payload = ReceiptSigner.builder().privateKey(keys.getPrivate()).kid("H41-2026").issuer("UBND xã Đoan Hùng").clock(clock)
                .build().sign(new Receipt(DossierCode.parse("H15.50.05.13-261008-0975"), ProcedureCode.parse("1.001193"),
                        AgencyCode.parse("000.00.15.H41"), now, now.plus(Duration.ofDays(1))), "025201012345");
        verifier = ReceiptVerifier.builder().keys(TrustList.builder().key("H41-2026", keys.getPublic()).build()).clock(clock).build();
        message = payload.getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(keys.getPrivate());
        signer.update(message);
        derSignature = signer.sign();
    }

    /** The SDK: the whole verification pipeline. */
    @Benchmark
    public VerifiedReceipt congdansoVerify() {
        return verifier.verify(payload);
    }

    /** The floor: a bare JDK ECDSA P-256 verification. */
    @Benchmark
    public boolean jdkEcdsaVerify() throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initVerify(keys.getPublic());
        signature.update(message);
        return signature.verify(derSignature);
    }
}
