package vn.congdanso.onestop.signin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import vn.congdanso.identity.oidc.OidcClient;

/**
 * The provider of {@code OIDC_ISSUER}: the starter's {@link OidcClient}, built from
 * {@code congdanso.oidc.*} (discovery at start-up).
 */
@Component
@ConditionalOnBooleanProperty(name = "onestop.signin.dev-provider", havingValue = false)
class ConfiguredProvider implements SignInProvider {

    private final ObjectProvider<OidcClient> client;

    ConfiguredProvider(ObjectProvider<OidcClient> client) {
        this.client = client;
    }

    @Override
    public OidcClient client() {
        return client.getObject();
    }

    @Override
    public boolean development() {
        return false;
    }
}
