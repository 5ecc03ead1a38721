package vn.congdanso.onestop.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.congdanso.onestop.DeskApp;

/**
 * The links the desk gives (API, order page, payment redirects to the gateways) are on its own
 * address, whatever {@code Host} (or {@code X-Forwarded-Host}) header a client sends.
 */
class PublicAddressTest {

    private static final String EVIL = "evil.example";

    private final DeskApp desk = DeskApp.shared();

    @Test
    void putsNoHostFromTheRequestIntoAnyLinkItGives() throws IOException {
        String created = exchange("POST", "/api/orders",
                "{\"procedureCode\":\"1.004222\",\"amount\":20000,\"description\":\"Lệ phí đăng ký thường trú\"}");
        assertThat(created).startsWith("HTTP/1.1 201").doesNotContain(EVIL)
                .contains("Location: " + desk.baseUrl() + "/api/orders/", desk.baseUrl() + "/sandbox-gateway/vnpay/");
        Matcher ref = Pattern.compile("\"ref\":\"([0-9]{6}_[0-9A-Z]{10})\"").matcher(created);
        assertThat(ref.find()).as(created).isTrue();

        assertThat(exchange("GET", "/fees/" + ref.group(1), null)).startsWith("HTTP/1.1 200").doesNotContain(EVIL)
                .contains("vnp_ReturnUrl=" + java.net.URLEncoder.encode(desk.baseUrl(), StandardCharsets.UTF_8));
        assertThat(exchange("POST", "/fees/" + ref.group(1) + "/pay/momo", null)).startsWith("HTTP/1.1 303").doesNotContain(EVIL)
                .contains("Location: " + desk.baseUrl() + "/sandbox-gateway/momo/" + ref.group(1));
        assertThat(exchange("POST", "/fees/" + ref.group(1) + "/pay/zalopay", null)).startsWith("HTTP/1.1 303")
                .doesNotContain(EVIL).contains("Location: " + desk.baseUrl() + "/sandbox-gateway/zalopay/");
    }

    /** One request over a raw socket (the JDK's HTTP client will not send a chosen {@code Host}); the whole answer. */
    private String exchange(String method, String path, String json) throws IOException {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + path + " HTTP/1.1\r\nHost: " + EVIL + "\r\nX-Forwarded-Host: " + EVIL
                + "\r\nX-Forwarded-Proto: https\r\nConnection: close\r\nContent-Length: " + body.length + "\r\n"
                + (json == null ? "" : "Content-Type: application/json\r\n") + "\r\n";
        try (Socket socket = new Socket("127.0.0.1", desk.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
