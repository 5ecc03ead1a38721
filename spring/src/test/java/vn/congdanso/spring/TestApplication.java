package vn.congdanso.spring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import vn.congdanso.core.Vnd;
import vn.congdanso.payments.callback.ExpectedPayment;
import vn.congdanso.payments.callback.OrderLookup;
import vn.congdanso.payments.callback.PaymentHandler;
import vn.congdanso.payments.callback.Transition;

/** A back office behind Spring Security that knows the vectors' orders and records each settled payment. */
@SpringBootApplication
class TestApplication {

    static final Map<String, Long> ORDERS = Map.of(
            Vectors.VNPAY_ORDER, 10_000L,
            Vectors.MOMO_ORDER, 50_000L,
            Vectors.ZALOPAY_ORDER, 10_000L,
            Vectors.PAYOS_ORDER, 3_000L,
            Vectors.VNPAY_MISMATCH_ORDER, 25_000L);

    /**
     * The documented Spring Security set-up: the callback paths permitted and exempt from CSRF,
     * everything else authenticated (the actuator is opened here for the test only).
     */
    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        String[] callbacks = {"/congdanso/callbacks/**"};
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(callbacks).permitAll()
                .requestMatchers("/actuator/**").permitAll()
                .anyRequest().authenticated())
            .csrf(csrf -> csrf.ignoringRequestMatchers(callbacks));
        return http.build();
    }

    @Bean
    OrderLookup orders() {
        return (gateway, ref) -> Optional.ofNullable(ORDERS.get(ref))
                .map(amount -> ExpectedPayment.of(ref, Vnd.of(amount)));
    }

    @Bean
    Settled settled() {
        return new Settled();
    }

    @Bean
    PaymentHandler handler(Settled settled) {
        return settled::add;
    }

    /** The transitions the handler saw, in order. */
    static final class Settled {
        private final List<String> refs = new CopyOnWriteArrayList<>();

        void add(Transition transition) {
            refs.add(transition.order().ref());
        }

        List<String> refs() {
            return List.copyOf(refs);
        }
    }
}
