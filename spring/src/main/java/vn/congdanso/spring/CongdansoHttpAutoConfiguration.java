package vn.congdanso.spring;

import java.util.Optional;

import okhttp3.OkHttpClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

import vn.congdanso.http.Transport;
import vn.congdanso.spring.internal.RemoteFeatureConfigured;
import vn.congdanso.spring.internal.Transports;

/**
 * The one {@link Transport} the SDK's remote clients share, configured by
 * {@code congdanso.transport.*} and built on the application's {@link OkHttpClient} bean when
 * there is exactly one (keeping its pool, dispatcher, interceptors and TLS settings). Present
 * only when {@code congdanso-http} is on the class path and a remote feature is configured;
 * backs off when the application defines its own {@link Transport}.
 */
@AutoConfiguration
@ConditionalOnClass({Transport.class, OkHttpClient.class})
@Conditional(RemoteFeatureConfigured.class)
@EnableConfigurationProperties(CongdansoProperties.class)
public class CongdansoHttpAutoConfiguration {

    /** The shared transport. */
    @Bean
    @ConditionalOnMissingBean
    public Transport congdansoTransport(CongdansoProperties properties, ObjectProvider<OkHttpClient> appClient) {
        return Transports.transport(properties.getTransport(), Optional.ofNullable(appClient.getIfUnique()));
    }
}
