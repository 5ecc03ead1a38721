package vn.congdanso.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

import vn.congdanso.http.Transport;
import vn.congdanso.identity.oidc.OidcClient;
import vn.congdanso.spring.internal.GatewayConfigured;
import vn.congdanso.spring.internal.OidcClients;

/**
 * The OpenID Connect (VNeID) {@link OidcClient}, when {@code congdanso-oidc} is on the class
 * path and any {@code congdanso.oidc.*} property is set. With {@code discovery=true} (the default)
 * the provider's discovery document is fetched once while the context starts; a provider that
 * cannot be reached then fails start-up. Backs off when the application defines its own
 * {@link OidcClient}.
 */
@AutoConfiguration(after = CongdansoHttpAutoConfiguration.class)
@ConditionalOnClass({OidcClient.class, Transport.class})
@Conditional(GatewayConfigured.Oidc.class)
@EnableConfigurationProperties(CongdansoProperties.class)
public class CongdansoOidcAutoConfiguration {

    /** The client, on the shared transport. */
    @Bean
    @ConditionalOnMissingBean
    public OidcClient congdansoOidcClient(CongdansoProperties properties, Transport transport) {
        return OidcClients.client(properties.getOidc(), transport);
    }
}
