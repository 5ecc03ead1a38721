package vn.congdanso.onestop.signin;

import java.util.Optional;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The desk's own loopback address, {@code http://127.0.0.1:<port>}, known only once the server
 * listens (the port may be chosen at random). The development provider's issuer and the QR
 * login's links are built on it.
 */
@Component
public class LocalServer implements ApplicationListener<WebServerInitializedEvent> {

    private volatile String baseUrl;

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            baseUrl = "http://127.0.0.1:" + event.getWebServer().getPort();
        }
    }

    /** {@code http://127.0.0.1:<port>}, once the server listens. */
    public Optional<String> baseUrl() {
        return Optional.ofNullable(baseUrl);
    }
}
