package vn.congdanso.bench.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import vn.congdanso.core.Secret;
import vn.congdanso.core.crypto.Hmac;

/**
 * The cost floor of callback verification: one HMAC-SHA512 over a 300-byte string with a keyed,
 * reused {@link Mac} ({@code bareMac}), beside the SDK's thread-safe {@link Hmac}
 * ({@code sdkHmac}), which should cost the same.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HmacFloorBenchmark {

    private byte[] message;
    private Mac mac;
    private Hmac hmac;

    @Setup
    public void setUp() throws GeneralSecurityException {
        StringBuilder text = new StringBuilder();
        while (text.length() < 300) {
            text.append("vnp_Amount=12000000&vnp_TxnRef=HS-2026-000123&vnp_OrderInfo=Le+phi+ho+tich&");
        }
        message = text.substring(0, 300).getBytes(StandardCharsets.US_ASCII);
        byte[] key = "BENCHMARK_SECRET_NOT_REAL_0123456789".getBytes(StandardCharsets.US_ASCII);
        mac = Mac.getInstance("HmacSHA512");
        mac.init(new SecretKeySpec(key, "HmacSHA512"));
        hmac = Hmac.sha512(Secret.ofBytes(key));
    }

    @Benchmark
    public byte[] bareMac() {
        return mac.doFinal(message);
    }

    @Benchmark
    public byte[] sdkHmac() {
        return hmac.sign(message);
    }
}
