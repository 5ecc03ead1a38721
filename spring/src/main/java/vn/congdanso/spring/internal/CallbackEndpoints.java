package vn.congdanso.spring.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import vn.congdanso.payments.CallbackAck;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.RawCallback;
import vn.congdanso.payments.callback.CallbackProcessor;
import vn.congdanso.spring.CallbackProcessors;
import vn.congdanso.spring.CongdansoProperties;

/**
 * The callback endpoints: one route per configured gateway (VNPay IPN as GET, the others as
 * POST). Each reads the raw query string and at most {@link CallbackProcessor#MAX_CALLBACK_SIZE}
 * + 1 body bytes itself (never a bound map), hands a {@link RawCallback} to the processor and
 * answers with the acknowledgement the gateway expects.
 */
public final class CallbackEndpoints {

    private static final int MAX_HEADERS = 64;

    private CallbackEndpoints() {
    }

    /** The routes of {@code processors}' gateways at the paths of {@code paths}. */
    public static RouterFunction<ServerResponse> routes(CallbackProcessors processors,
            CongdansoProperties.Callbacks paths) {
        RouterFunctions.Builder routes = RouterFunctions.route();
        for (Gateway gateway : processors.gateways()) {
            switch (gateway) {
                case VNPAY -> routes.GET(paths.getVnpayPath(), request -> handle(processors, gateway, request));
                case MOMO -> routes.POST(paths.getMomoPath(), request -> handle(processors, gateway, request));
                case ZALOPAY -> routes.POST(paths.getZalopayPath(), request -> handle(processors, gateway, request));
                case PAYOS -> routes.POST(paths.getPayosPath(), request -> handle(processors, gateway, request));
            }
        }
        return routes.build();
    }

    private static ServerResponse handle(CallbackProcessors processors, Gateway gateway, ServerRequest request)
            throws IOException {
        HttpServletRequest servlet = request.servletRequest();
        String query = servlet.getQueryString() == null ? "" : servlet.getQueryString();
        byte[] body;
        try (InputStream in = servlet.getInputStream()) {
            body = in.readNBytes(CallbackProcessor.MAX_CALLBACK_SIZE + 1);
        }
        RawCallback raw = RawCallback.of(servlet.getMethod(), query, body, headers(servlet));
        return respond(processors.process(gateway, raw).ack());
    }

    private static Map<String, String> headers(HttpServletRequest servlet) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(servlet.getHeaderNames())) {
            if (headers.size() == MAX_HEADERS) {
                break;
            }
            String value = servlet.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return headers;
    }

    private static ServerResponse respond(CallbackAck ack) {
        if (ack.contentType().isEmpty()) {
            return ServerResponse.status(ack.status()).build();
        }
        return ServerResponse.status(ack.status()).contentType(MediaType.parseMediaType(ack.contentType()))
                .body(ack.body());
    }
}
