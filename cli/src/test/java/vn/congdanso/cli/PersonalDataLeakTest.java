package vn.congdanso.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.Secret;
import vn.congdanso.core.Vnd;
import vn.congdanso.core.testing.LogCapture;
import vn.congdanso.http.RetryPolicy;
import vn.congdanso.http.Transport;
import vn.congdanso.http.TransportRequest;
import vn.congdanso.identity.card.CitizenCardQr;
import vn.congdanso.identity.card.CitizenId;
import vn.congdanso.identity.mrz.Mrz;
import vn.congdanso.payments.RawCallback;
import vn.congdanso.payments.emv.Crc16;
import vn.congdanso.payments.momo.MomoVerifier;
import vn.congdanso.payments.payos.PayosPaymentLink;
import vn.congdanso.payments.payos.PayosPaymentLinkRequest;
import vn.congdanso.payments.payos.PayosVerifier;
import vn.congdanso.payments.vietqr.Bank;
import vn.congdanso.payments.vietqr.VietQr;
import vn.congdanso.payments.vnpay.VnpayPaymentRequest;
import vn.congdanso.payments.vnpay.VnpayVerifier;
import vn.congdanso.payments.zalopay.ZalopayOrderRequest;
import vn.congdanso.payments.zalopay.ZalopayVerifier;
import vn.congdanso.qr.DecodedQr;
import vn.congdanso.qr.QrDecoder;
import vn.congdanso.qr.procedure.DossierCode;
import vn.congdanso.qr.procedure.ProcedureCode;
import vn.congdanso.qr.receipt.ReceiptVerifier;
import vn.congdanso.qr.receipt.TrustList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Drives the error paths of every module with a fictional ID number, phone number, account
 * number and secret in the input, and checks that none of them appears unmasked in any
 * exception message, cause chain, suppressed exception, {@code toString()}, CLI output or log line.
 */
class PersonalDataLeakTest {

    private static final String ID_NUMBER = "025090000123";
    private static final String PHONE = "0912345678";
    private static final String ACCOUNT = "0011001932418";
    private static final String SECRET = "s3cr3t-K3y-value";
    private static final List<String> PERSONAL = List.of(ID_NUMBER, PHONE, ACCOUNT, SECRET);

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path temp;

    @AfterEach
    void noLogLineLeaks() {
        assertClean("log", logs.text());
    }

    @Test
    void identityErrorsNeverRepeatTheCardholdersNumbers() {
        fails(() -> CitizenCardQr.parse(ID_NUMBER + "|" + PHONE + "|NGUYEN VAN A|99999999|Nam|" + ACCOUNT + "|15042021"));
        fails(() -> CitizenCardQr.parse(ID_NUMBER + "x|" + PHONE + "|NGUYEN VAN A"));
        fails(() -> CitizenId.parse(ID_NUMBER + "9"));
        fails(() -> CitizenId.parse(PHONE));
        fails(() -> Mrz.parse("IDVNM" + ID_NUMBER + PHONE + "<<<\n" + ACCOUNT + "<<<<<<<<<<\nNGUYEN<<VAN<A"));
        fails(() -> Mrz.parse(List.of("I<VNM" + ACCOUNT + "<" + ID_NUMBER + "<<<", PHONE, SECRET)));
    }

    @Test
    void qrErrorsNeverRepeatTheNumbersOrTheFilePath() throws NoSuchAlgorithmException, java.security.InvalidAlgorithmParameterException {
        fails(() -> ProcedureCode.parse(ID_NUMBER));
        fails(() -> DossierCode.parse(ID_NUMBER + "-" + PHONE + "-" + ACCOUNT));
        fails(() -> QrDecoder.standard().decode(temp.resolve(ID_NUMBER).resolve("cccd-" + ID_NUMBER + ".png")));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        ReceiptVerifier verifier = ReceiptVerifier.builder()
                .keys(TrustList.builder().key("H41-2026", generator.generateKeyPair().getPublic()).build())
                .clock(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC)).build();
        fails(() -> verifier.verify("HC1:" + ID_NUMBER + PHONE + ACCOUNT + SECRET));
        fails(() -> verifier.verify(ID_NUMBER + " " + PHONE));
    }

    @Test
    void vietQrErrorsAndSummariesMaskTheAccountAndBin() {
        String lenient = withCrc("000201010212" + tlv("38", tlv("00", "A000000727")
                + tlv("01", tlv("00", ID_NUMBER) + tlv("01", ACCOUNT)) + tlv("02", "QRIBFTTA"))
                + "5303704" + "5802VN");
        assertClean("lenient VietQr", VietQr.parseLenient(lenient).toString());
        fails(() -> VietQr.parse(lenient));
        fails(() -> VietQr.parse(lenient.substring(0, lenient.length() - 4) + "0000"));
        fails(() -> VietQr.builder().bankBin(ID_NUMBER).account(ACCOUNT).build());
        fails(() -> VietQr.builder().bank(new Bank("970403", "STB", "Sacombank", "Sacombank", Optional.empty()))
                .account(ACCOUNT + PHONE + ID_NUMBER).amount(Vnd.of(50_000)).purpose("CCCD " + ID_NUMBER).build());
    }

    @Test
    void gatewayVerifiersRejectForgedCallbacksWithoutRepeatingThem() {
        Secret secret = Secret.of(SECRET);
        VnpayVerifier vnpay = VnpayVerifier.of("DEMOV210", secret);
        MomoVerifier momo = MomoVerifier.of("MOMO", secret, secret);
        ZalopayVerifier zalopay = ZalopayVerifier.of("2553", secret);
        PayosVerifier payos = PayosVerifier.of("client-1", secret);
        String vnpayQuery = "vnp_Amount=5000000&vnp_TxnRef=" + ID_NUMBER + "&vnp_OrderInfo=CCCD+" + ID_NUMBER
                + "+SDT+" + PHONE + "&vnp_BankTranNo=" + ACCOUNT + "&vnp_ResponseCode=00&vnp_SecureHash="
                + "ab".repeat(64);
        String momoIpn = "{\"partnerCode\":\"MOMO\",\"orderId\":\"" + ID_NUMBER + "\",\"requestId\":\"" + PHONE
                + "\",\"amount\":50000,\"orderInfo\":\"" + ACCOUNT + "\",\"resultCode\":0,\"transId\":" + ACCOUNT
                + ",\"signature\":\"" + SECRET + "\"}";
        String zalopayCallback = "{\"data\":\"{\\\"app_trans_id\\\":\\\"261201_" + ID_NUMBER
                + "\\\",\\\"app_user\\\":\\\"" + PHONE + "\\\",\\\"amount\\\":50000}\",\"mac\":\"" + SECRET
                + "\",\"type\":1}";
        String payosWebhook = "{\"code\":\"00\",\"desc\":\"success\",\"success\":true,"
                + "\"data\":{\"orderCode\":123,\"amount\":50000,\"description\":\"CCCD " + ID_NUMBER
                + "\",\"accountNumber\":\"" + ACCOUNT + "\",\"counterAccountName\":\"NGUYEN VAN A\","
                + "\"counterAccountNumber\":\"" + PHONE + "\"},\"signature\":\"" + SECRET + "\"}";

        for (Object verifier : List.of(vnpay, momo, zalopay, payos)) {
            assertClean("verifier", verifier.toString());
        }
        fails(() -> vnpay.verify(RawCallback.get(vnpayQuery)));
        fails(() -> vnpay.verify(RawCallback.get(vnpayQuery.replace("vnp_", "vnp_x"))));
        fails(() -> momo.verify(RawCallback.postJson(momoIpn)));
        fails(() -> momo.verify(RawCallback.postJson(payosWebhook)));
        fails(() -> zalopay.verify(RawCallback.postJson(zalopayCallback)));
        fails(() -> zalopay.verify(RawCallback.postJson(momoIpn)));
        fails(() -> payos.verify(RawCallback.postJson(payosWebhook)));
        fails(() -> payos.verify(RawCallback.postJson(payosWebhook.replace("}}", "}"))));
        assertClean("callback", RawCallback.get(vnpayQuery).toString());
        assertClean("callback", RawCallback.postJson(payosWebhook).toString());
    }

    @Test
    void transportFailuresMaskThePathAndNeverShowHeaderValues() {
        server.enqueue(new MockResponse.Builder().code(404).body("{\"error\":\"no citizen " + ID_NUMBER + "\"}").build());
        server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "http://127.0.0.2:1/" + ID_NUMBER)
                .build());
        server.enqueue(new MockResponse.Builder().code(200).body("{\"phone\":\"" + PHONE + "\", tru").build());
        Transport transport = Transport.builder().retryPolicy(RetryPolicy.none()).build();
        TransportRequest request = TransportRequest.get(server.url("/s404/" + ID_NUMBER + "?phone=" + PHONE))
                .withHeader("x-api-key", SECRET);

        assertClean("request", request.toString());
        for (int i = 0; i < 3; i++) {
            fails(() -> transport.sendJson(request, JsonNode.class));
        }
        fails(() -> TransportRequest.get("ftp://" + ID_NUMBER));
    }

    @Test
    void theToolReportsErrorsWithoutRepeatingTheInput() {
        cli("cccd", "parse", "--json", ID_NUMBER + "|" + PHONE + "|NGUYEN VAN A|99999999|Nam|" + ACCOUNT + "|1");
        cli("cccd", "parse", ID_NUMBER + "|" + PHONE + "|NGUYEN VAN A|99999999|Nam|" + ACCOUNT + "|1");
        cli("mrz", "parse", "--json", "IDVNM" + ID_NUMBER + PHONE, ACCOUNT, SECRET);
        cli("vietqr", "decode", "--json", "000201010212" + ID_NUMBER + ACCOUNT);
        cli("vietqr", "encode", "--json", "--bin", ID_NUMBER, "--account", ACCOUNT + PHONE);
        cli("qr", "decode", "--json", temp.resolve("cccd-" + ID_NUMBER + ".png").toString());
        cli("receipt", "verify", "--json", "--trust", temp.resolve(ID_NUMBER + ".pem").toString(),
                "HC1:" + ID_NUMBER);
    }

    @Test
    void summariesOfRequestsAndResultsHoldNoPersonalData() {
        Vnd amount = Vnd.of(50_000);
        List<Object> values = List.of(
                new DecodedQr(ID_NUMBER + "|" + PHONE + "|NGUYEN VAN A", Optional.empty(), false, Optional.empty(), "hybrid"),
                new VnpayPaymentRequest(amount, "HS-0001", "CCCD " + ID_NUMBER + " SDT " + PHONE, "other",
                        VnpayPaymentRequest.Language.VN, "https://shop.example/return?phone=" + PHONE, "203.0.113.7",
                        Optional.empty(), Optional.empty()),
                new ZalopayOrderRequest("HS0001", PHONE, amount, "CCCD " + ID_NUMBER, "[]", "{\"acct\":\"" + ACCOUNT + "\"}",
                        "", Optional.empty()),
                new PayosPaymentLinkRequest(123, amount, "CCCD " + ID_NUMBER, "https://shop.example/ok?a=" + ACCOUNT,
                        "https://shop.example/cancel?p=" + PHONE, Optional.empty()),
                new PayosPaymentLink(123, amount, "link-1", "https://pay.example/" + SECRET, "000201" + ACCOUNT, "PENDING"));
        for (Object value : values) {
            assertClean(value.getClass().getSimpleName(), value.toString());
        }
    }

    private void cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(code).as("exit code of %s", args[0]).isNotEqualTo(ExitCodes.OK);
        assertClean("stdout of " + args[0], out.toString());
        assertClean("stderr of " + args[0], err.toString());
    }

    private void fails(Executable call) {
        Throwable thrown = catchThrowable(call::execute);
        assertThat(thrown).isInstanceOf(CongDanSoException.class);
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        assertClean("stack trace", trace.toString());
        Set<Throwable> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        walk(thrown, visited);
    }

    private void walk(Throwable t, Set<Throwable> visited) {
        if (t == null || !visited.add(t)) {
            return;
        }
        assertClean("message of " + t.getClass().getName(), String.valueOf(t.getMessage()));
        assertClean("localized message of " + t.getClass().getName(), String.valueOf(t.getLocalizedMessage()));
        assertClean("toString of " + t.getClass().getName(), t.toString());
        walk(t.getCause(), visited);
        for (Throwable suppressed : t.getSuppressed()) {
            walk(suppressed, visited);
        }
    }

    private void assertClean(String where, String text) {
        for (String value : PERSONAL) {
            assertThat(text).as("%s must not hold %s", where, value).doesNotContain(value);
        }
    }

    private static String withCrc(String body) {
        String head = body + "6304";
        return head + Crc16.toHex(Crc16.of(head));
    }

    private static String tlv(String id, String value) {
        int length = value.codePointCount(0, value.length());
        return id + (length < 10 ? "0" : "") + length + value;
    }
}
