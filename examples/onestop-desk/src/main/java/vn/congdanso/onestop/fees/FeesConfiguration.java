package vn.congdanso.onestop.fees;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock fee orders and the sandbox gateway take their time from, unless the desk defines one. */
@Configuration(proxyBeanMethods = false)
class FeesConfiguration {

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock feesClock() {
        return Clock.systemUTC();
    }
}
