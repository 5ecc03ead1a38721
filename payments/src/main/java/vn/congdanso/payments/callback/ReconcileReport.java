package vn.congdanso.payments.callback;

/**
 * What one {@link Reconciler#runOnce()} did.
 *
 * @param examined PENDING orders older than the age that were looked at
 * @param settled  orders the answers moved to PAID or FAILED
 * @param pending  orders every gateway still reports as pending, or does not know
 * @param refused  orders whose answer the pipeline refused (amount mismatch, wrong order)
 * @param failed   orders whose query failed (gateway down, bad signature) or whose transition
 *                 must be retried; tried again on the next run
 */
public record ReconcileReport(int examined, int settled, int pending, int refused, int failed) {
}
