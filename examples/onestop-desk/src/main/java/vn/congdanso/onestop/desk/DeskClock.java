package vn.congdanso.onestop.desk;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.congdanso.core.time.VnTime;

/**
 * The one time source of the desk: received-at and due times, fee orders, the sandbox gateway,
 * sign-in expiry, the development provider's tokens and the starter's receipt signer. A test (or
 * an app embedding the desk) replaces it by defining its own {@link Clock} bean.
 */
@Configuration(proxyBeanMethods = false)
class DeskClock {

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return VnTime.systemClock();
    }
}
