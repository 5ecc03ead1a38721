package vn.congdanso.bench.vnpay;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
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
import vn.congdanso.payments.RawCallback;
import vn.congdanso.payments.VerifiedCallback;
import vn.congdanso.payments.vnpay.VnpayVerifier;

/**
 * Verifying one VNPay IPN from its raw query string, side by side: the floor (one bare
 * HMAC-SHA512 over the canonical string, key already scheduled), congdanso's
 * {@link VnpayVerifier} (on the canonical query VNPay sends, and on the same call re-encoded,
 * which takes the full canonicalisation path), and the approach of VNPay's official Java sample as described in its
 * integration guide, re-implemented here: the container decodes the query into a map, the handler
 * sorts the names (TreeMap), re-encodes each value with {@code URLEncoder} into a
 * {@code StringBuilder}, and computes the HMAC with a freshly keyed {@code Mac}, hex-formatting it
 * and comparing strings.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class VnpayIpnVerifyBenchmark {

    private static final String SECRET = "TESTSECRET_NOT_REAL_0123456789AB";

    private String query;
    private String reencodedQuery;
    private byte[] canonical;
    private Mac floorMac;
    private VnpayVerifier verifier;

    @Setup
    public void setUp() throws GeneralSecurityException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("vnp_Amount", "12000000");
        params.put("vnp_BankCode", "NCB");
        params.put("vnp_BankTranNo", "VNP14422574");
        params.put("vnp_CardType", "ATM");
        params.put("vnp_OrderInfo", "Le phi ho tich: ho so 000.00.01.H01-261129-0001");
        params.put("vnp_PayDate", "20261129101500");
        params.put("vnp_ResponseCode", "00");
        params.put("vnp_TmnCode", "DEMOV210");
        params.put("vnp_TransactionNo", "14422574");
        params.put("vnp_TransactionStatus", "00");
        params.put("vnp_TxnRef", "HS-0001");
        String canonicalText = encodeSorted(new TreeMap<>(params));
        canonical = canonicalText.getBytes(StandardCharsets.UTF_8);
        floorMac = Mac.getInstance("HmacSHA512");
        floorMac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
        String hash = HexFormat.of().formatHex(floorMac.doFinal(canonical));
        query = canonicalText + "&vnp_SecureHash=" + hash;
        reencodedQuery = query.replace("+", "%20").replace("%3A", "%3a");
        verifier = VnpayVerifier.of("DEMOV210", Secret.of(SECRET));
        if (!officialSampleApproach() || !verifier.verify(RawCallback.get(query)).paid()
                || !verifier.verify(RawCallback.get(reencodedQuery)).paid()) {
            throw new IllegalStateException("benchmark input does not verify");
        }
    }

    /** The floor: one HMAC-SHA512 over the canonical bytes, nothing else. */
    @Benchmark
    public byte[] floorBareHmac() {
        return floorMac.doFinal(canonical);
    }

    /** congdanso: raw query to a verified, typed callback. */
    @Benchmark
    public VerifiedCallback congdanso() {
        return verifier.verify(RawCallback.get(query));
    }

    /**
     * congdanso on the same call encoded differently ({@code %20} for spaces, lower-case hex):
     * the as-received check fails, so the query is canonicalised in full and checked again.
     */
    @Benchmark
    public VerifiedCallback congdansoReencodedQuery() {
        return verifier.verify(RawCallback.get(reencodedQuery));
    }

    /** The official-sample approach: decoded map, TreeMap, URLEncoder, StringBuilder, new Mac. */
    @Benchmark
    public boolean officialSampleApproach() throws GeneralSecurityException {
        Map<String, String> fields = new HashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        String received = fields.remove("vnp_SecureHash");
        fields.remove("vnp_SecureHashType");
        String signed = encodeSorted(new TreeMap<>(fields));
        Mac mac = Mac.getInstance("HmacSHA512");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
        byte[] digest = mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
        StringBuilder hex = new StringBuilder(2 * digest.length);
        for (byte b : digest) {
            hex.append(String.format("%02x", b & 0xff));
        }
        return hex.toString().equalsIgnoreCase(received);
    }

    private static String encodeSorted(TreeMap<String, String> sorted) {
        StringBuilder data = new StringBuilder();
        for (Map.Entry<String, String> field : sorted.entrySet()) {
            if (field.getValue() == null || field.getValue().isEmpty()) {
                continue;
            }
            if (data.length() > 0) {
                data.append('&');
            }
            data.append(field.getKey()).append('=').append(URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
        }
        return data.toString();
    }
}
