package vn.congdanso.onestop.fees.sandbox;

import java.util.Arrays;
import java.util.Optional;

import vn.congdanso.payments.PaymentStatus;

/** What the payer does on the sandbox gateway's page, and how many callbacks the gateway then sends. */
enum SandboxAction {
    /** Pay; one callback. */
    PAY("pay", PaymentStatus.PAID, 1),
    /** Pay; the same callback delivered twice, as gateways do. */
    PAY_TWICE("pay-twice", PaymentStatus.PAID, 2),
    /** Give up; one failure callback (ZaloPay sends none). */
    FAIL("fail", PaymentStatus.FAILED, 1),
    /** Pay, but the callback is lost: only the reconciler's query will find the payment. */
    PAY_SILENT("pay-silent", PaymentStatus.PAID, 0);

    private final String path;
    private final PaymentStatus outcome;
    private final int deliveries;

    SandboxAction(String path, PaymentStatus outcome, int deliveries) {
        this.path = path;
        this.outcome = outcome;
        this.deliveries = deliveries;
    }

    /** The action of a URL path segment. */
    static Optional<SandboxAction> of(String path) {
        return Arrays.stream(values()).filter(action -> action.path.equals(path)).findFirst();
    }

    PaymentStatus outcome() {
        return outcome;
    }

    int deliveries() {
        return deliveries;
    }
}
