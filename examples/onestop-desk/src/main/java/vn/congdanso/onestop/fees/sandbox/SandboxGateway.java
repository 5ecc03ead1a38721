package vn.congdanso.onestop.fees.sandbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

import vn.congdanso.onestop.desk.DeskDefaults;
import vn.congdanso.payments.Gateway;

/**
 * The sandbox gateway's payments: opened when a verified payment request arrives, settled when
 * the payer acts on the sandbox page, then reported to the desk by callback.
 */
@Service
@ConditionalOnProperty(name = DeskDefaults.SANDBOX, havingValue = "true")
class SandboxGateway {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SandboxPayments payments;
    private final SandboxCallbacks callbacks;
    private final Clock clock;

    SandboxGateway(SandboxPayments payments, SandboxCallbacks callbacks, Clock clock) {
        this.payments = payments;
        this.callbacks = callbacks;
        this.clock = clock;
    }

    SandboxPayment open(SandboxPayment payment) {
        return payments.open(payment);
    }

    Optional<SandboxPayment> find(Gateway gateway, String orderRef) {
        return payments.find(gateway, orderRef);
    }

    /**
     * Settles the payment as {@code action} says (a payment settled before keeps its outcome)
     * and delivers its callback as many times as the action says.
     *
     * @return the settled payment, empty when the gateway has no such payment
     */
    Optional<SandboxPayment> act(Gateway gateway, String orderRef, SandboxAction action) {
        if (payments.find(gateway, orderRef).isEmpty()) {
            return Optional.empty();
        }
        payments.settle(gateway, orderRef, action.outcome(), transactionNo(), clock.instant());
        SandboxPayment settled = payments.find(gateway, orderRef).orElseThrow();
        for (int i = 0; i < action.deliveries(); i++) {
            callbacks.deliver(settled);
        }
        return Optional.of(settled);
    }

    /** A new ten-digit transaction number, the form VNPay, MoMo and ZaloPay all accept. */
    private static String transactionNo() {
        return Long.toString(1_000_000_000L + RANDOM.nextLong(9_000_000_000L));
    }
}
