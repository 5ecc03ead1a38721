package vn.congdanso.payments.vietqr;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceCodeTest {

    @Test
    void mapsEveryNapasCodeBothWays() {
        for (ServiceCode service : ServiceCode.values()) {
            assertThat(ServiceCode.ofCode(service.code())).contains(service);
        }
        assertThat(ServiceCode.TO_ACCOUNT.code()).isEqualTo("QRIBFTTA");
        assertThat(ServiceCode.TO_CARD.code()).isEqualTo("QRIBFTTC");
    }

    @Test
    void knowsNoOtherCode() {
        assertThat(ServiceCode.ofCode("qribftta")).isEmpty();
        assertThat(ServiceCode.ofCode("")).isEmpty();
    }
}
