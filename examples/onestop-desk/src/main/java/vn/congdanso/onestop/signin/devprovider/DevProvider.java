package vn.congdanso.onestop.signin.devprovider;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import vn.congdanso.http.Transport;
import vn.congdanso.identity.oidc.ClientAuthentication;
import vn.congdanso.identity.oidc.OidcClient;
import vn.congdanso.identity.oidc.ProviderMetadata;
import vn.congdanso.onestop.desk.DataFolder;
import vn.congdanso.onestop.desk.DeskAddress;
import vn.congdanso.onestop.signin.SignInProvider;

/**
 * The development provider as the desk's sign-in provider. Its issuer is the desk's own
 * {@link DeskAddress#loopbackUrl() loopback URL} (the bound address, or 127.0.0.1 when the desk
 * listens on every interface) plus {@value #PATH}: never a public URL, since the SDK accepts
 * plain http only to a loopback host, and never the request's {@code Host} header. It exists
 * only once the server listens, so the SDK's {@link OidcClient} is built on first use, by
 * discovery over the shared {@link Transport}, as against any provider; concurrent first uses
 * may each build one, and one wins.
 */
@Component
@ConditionalOnBooleanProperty("onestop.signin.dev-provider")
public class DevProvider implements SignInProvider {

    /** Where the provider is served, under the desk's base URL. */
    public static final String PATH = "/dev-oidc";

    private final DeskAddress address;
    private final DevCredentials credentials;
    private final Transport transport;
    private final Clock clock;
    private final AtomicReference<OidcClient> client = new AtomicReference<>();

    DevProvider(DeskAddress address, @Value("${" + DataFolder.PROPERTY + "}") Path dataDir, Transport transport,
            Clock clock) {
        this.address = address;
        this.credentials = DevCredentials.loadOrCreate(new DataFolder(dataDir).create());
        this.transport = transport;
        this.clock = clock;
    }

    @Override
    public OidcClient client() {
        OidcClient existing = client.get();
        if (existing != null) {
            return existing;
        }
        OidcClient built = OidcClient.builder()
                .provider(ProviderMetadata.discover(transport, issuer()))
                .clientId(credentials.clientId())
                .authentication(ClientAuthentication.clientSecretBasic(credentials.clientSecret()))
                .redirectUri(redirectUri())
                .transport(transport)
                .clock(clock)
                .build();
        client.compareAndSet(null, built);
        return client.get();
    }

    @Override
    public boolean development() {
        return true;
    }

    /** {@code http://<bound address>:<port>/dev-oidc}. */
    public String issuer() {
        return address.loopbackUrl() + PATH;
    }

    /** The one redirect URI registered for the desk's client: {@code http://<bound address>:<port>/signin/callback}. */
    public String redirectUri() {
        return address.loopbackUrl() + "/signin/callback";
    }

    DevCredentials credentials() {
        return credentials;
    }
}
