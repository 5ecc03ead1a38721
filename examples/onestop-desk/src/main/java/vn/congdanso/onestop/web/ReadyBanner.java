package vn.congdanso.onestop.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Logs, once the server listens, the address to open and where the desk keeps its data. */
@Component
class ReadyBanner implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ReadyBanner.class);

    private final String address;
    private final String dataDir;

    ReadyBanner(@Value("${server.address:127.0.0.1}") String address, @Value("${onestop.data-dir}") String dataDir) {
        this.address = address;
        this.dataDir = dataDir;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        String host = "0.0.0.0".equals(address) || "::".equals(address) ? "127.0.0.1" : address;
        LOG.info("onestop-desk is ready: open http://{}:{}/ (data folder {})", host, event.getWebServer().getPort(), dataDir);
    }
}
