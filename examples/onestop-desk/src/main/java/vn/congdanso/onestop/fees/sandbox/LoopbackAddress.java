package vn.congdanso.onestop.fees.sandbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Where the desk reaches itself server to server (the sandbox gateway's callbacks and the SDK
 * clients' queries to the sandbox): the bound address, or 127.0.0.1 when the server listens on
 * every interface, and the real port, known once the web server has started.
 */
@Component
public class LoopbackAddress implements ApplicationListener<WebServerInitializedEvent> {

    private final String host;
    private volatile int port;

    LoopbackAddress(@Value("${server.address:}") String address) {
        String bound = address.isBlank() || "0.0.0.0".equals(address) || "::".equals(address) ? "127.0.0.1" : address;
        this.host = bound.contains(":") ? "[" + bound + "]" : bound;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            port = event.getWebServer().getPort();
        }
    }

    /**
     * {@code http://host:port} of the running desk.
     *
     * @throws IllegalStateException before the web server has started
     */
    public String baseUrl() {
        int known = port;
        if (known <= 0) {
            throw new IllegalStateException("the web server has not started yet");
        }
        return "http://" + host + ":" + known;
    }
}
