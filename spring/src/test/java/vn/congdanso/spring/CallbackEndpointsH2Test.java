package vn.congdanso.spring;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The callback endpoints on an in-memory H2 database of their own. */
class CallbackEndpointsH2Test extends CallbackEndpointsContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:callbacks-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    }
}
