package vn.congdanso.onestop.signin;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The time source of sign-in (pending logins, QR-login expiry, the development provider's tokens). */
@Configuration(proxyBeanMethods = false)
class SignInConfig {

    /** The system clock, unless the application (or a test) defines another. */
    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return Clock.systemUTC();
    }
}
