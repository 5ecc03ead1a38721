package vn.congdanso.onestop.fees;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.StringJoiner;
import java.util.TreeMap;

import vn.congdanso.core.Secret;
import vn.congdanso.core.Vnd;
import vn.congdanso.core.time.VnTime;
import vn.congdanso.payments.vnpay.VnpayConfig;
import vn.congdanso.payments.vnpay.VnpaySigner;

/**
 * The sandbox VNPay credentials a desk generated in its data folder, and VNPay IPNs signed with
 * them by the SDK's {@link VnpaySigner}, as VNPay would send them.
 */
final class SandboxKeys {

    private final String tmnCode;
    private final VnpaySigner signer;

    private SandboxKeys(String tmnCode, Secret hashSecret) {
        this.tmnCode = tmnCode;
        this.signer = VnpaySigner.create(VnpayConfig.builder().tmnCode(tmnCode).hashSecrets(hashSecret).build());
    }

    /** Given VNPay credentials (a desk configured with its own, not the generated sandbox ones). */
    static SandboxKeys vnpay(String tmnCode, String hashSecret) {
        return new SandboxKeys(tmnCode, Secret.of(hashSecret));
    }

    /** The keys in {@code dataDir}'s {@code sandbox-keys.properties}. */
    static SandboxKeys of(Path dataDir) {
        Properties keys = new Properties();
        try (Reader reader = Files.newBufferedReader(dataDir.resolve("sandbox-keys.properties"))) {
            keys.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SandboxKeys(keys.getProperty("congdanso.payments.vnpay.tmn-code"),
                Secret.of(keys.getProperty("congdanso.payments.vnpay.hash-secret")));
    }

    /** The path and query of a successful payment's IPN for {@code ref}. */
    String paidIpn(String ref, Vnd amount, String transactionNo) {
        return ipn(ref, amount, transactionNo, "00", "00");
    }

    /** The path and query of an IPN with the given VNPay codes. */
    String ipn(String ref, Vnd amount, String transactionNo, String responseCode, String transactionStatus) {
        Map<String, String> parameters = fields(ref, amount, transactionNo, responseCode, transactionStatus);
        return query(parameters, signer.sign(parameters));
    }

    /** The same IPN with a signature made with another key. */
    String forgedIpn(String ref, Vnd amount, String transactionNo) {
        Map<String, String> parameters = fields(ref, amount, transactionNo, "00", "00");
        VnpaySigner forger = VnpaySigner.create(VnpayConfig.builder().tmnCode(tmnCode)
                .hashSecrets(Secret.of("NOT-THE-SANDBOX-SECRET-0123456789")).build());
        return query(parameters, forger.sign(parameters));
    }

    /** A signed IPN that lacks {@code vnp_ResponseCode}: verified, but refused as malformed. */
    String ipnWithoutResponseCode(String ref, Vnd amount, String transactionNo) {
        Map<String, String> parameters = fields(ref, amount, transactionNo, "00", "00");
        parameters.remove("vnp_ResponseCode");
        return query(parameters, signer.sign(parameters));
    }

    private Map<String, String> fields(String ref, Vnd amount, String transactionNo, String responseCode,
            String transactionStatus) {
        Map<String, String> parameters = new TreeMap<>();
        parameters.put("vnp_Amount", Long.toString(amount.toHundredths()));
        parameters.put("vnp_BankCode", "NCB");
        parameters.put("vnp_OrderInfo", "Le phi " + ref);
        parameters.put("vnp_PayDate", VnTime.formatCompact(Instant.now()));
        parameters.put("vnp_ResponseCode", responseCode);
        parameters.put("vnp_TmnCode", tmnCode);
        parameters.put("vnp_TransactionNo", transactionNo);
        parameters.put("vnp_TransactionStatus", transactionStatus);
        parameters.put("vnp_TxnRef", ref);
        return parameters;
    }

    private static String query(Map<String, String> parameters, String hash) {
        StringJoiner query = new StringJoiner("&", "/ipn/vnpay?", "");
        parameters.forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.add("vnp_SecureHash=" + hash).toString();
    }
}
