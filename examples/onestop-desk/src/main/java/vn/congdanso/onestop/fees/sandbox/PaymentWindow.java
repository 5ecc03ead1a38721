package vn.congdanso.onestop.fees.sandbox;

import java.time.Duration;

/**
 * How long a VNPay payment URL stays valid. The desk stamps each URL with its order's creation
 * time (so that the reconciler's {@code querydr} finds the payment by that date), so the window
 * runs from when the order was made: a day, the longest VNPay accepts.
 */
public final class PaymentWindow {

    /** One day. */
    public static final Duration DURATION = Duration.ofDays(1);

    private PaymentWindow() {
    }
}
