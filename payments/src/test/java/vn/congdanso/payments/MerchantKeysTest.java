package vn.congdanso.payments;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.Secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MerchantKeysTest {

    @Test
    void answersOnlyItsOwnMerchantNewestKeyFirst() {
        Secret newest = Secret.of("NEW_NOT_REAL");
        Secret older = Secret.of("OLD_NOT_REAL");
        MerchantKeys keys = MerchantKeys.of("DEMOV210", newest, older);
        assertThat(keys.keys("DEMOV210")).containsExactly(newest, older);
        assertThat(keys.keys("demov210")).isEmpty();
        assertThat(keys.keys("")).isEmpty();
    }

    @Test
    void refusesABlankMerchantOrNoKeys() {
        assertThatThrownBy(() -> MerchantKeys.of(" ", List.of(Secret.of("K")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerchantKeys.of("M", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mapsEveryFailureToOneOutcome() {
        assertThat(CallbackOutcome.forFailure(new vn.congdanso.core.RejectedException(GatewayError.MISSING_SIGNATURE, "x")))
                .isEqualTo(CallbackOutcome.BAD_SIGNATURE);
        assertThat(CallbackOutcome.forFailure(new vn.congdanso.core.RejectedException(GatewayError.MERCHANT_MISMATCH, "x")))
                .isEqualTo(CallbackOutcome.REJECTED);
        assertThat(CallbackOutcome.forFailure(new vn.congdanso.core.UnavailableException(
                vn.congdanso.core.CoreError.REMOTE_UNAVAILABLE, "x", vn.congdanso.core.RemoteDetails.ofStatus(503), null)))
                .isEqualTo(CallbackOutcome.RETRY);
    }

    @Test
    void namesEveryNewCodeInThePaymentsNamespace() {
        assertThat(GatewayError.MERCHANT_MISMATCH.id()).isEqualTo("payments.MERCHANT_MISMATCH");
        assertThat(GatewayError.BAD_AMOUNT.id()).isEqualTo("payments.BAD_AMOUNT");
        assertThat(GatewayError.UNSUPPORTED_CALLBACK.id()).isEqualTo("payments.UNSUPPORTED_CALLBACK");
    }
}
