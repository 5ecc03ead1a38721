package vn.congdanso.payments.callback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import vn.congdanso.core.Vnd;
import vn.congdanso.payments.Gateway;

/** A store that forwards everything; tests override what they break. */
class ForwardingStore implements CallbackStore {

    private final CallbackStore target;

    ForwardingStore(CallbackStore target) {
        this.target = target;
    }

    @Override
    public Order createOrder(String ref, Vnd amount, Optional<Gateway> gateway, Instant now) {
        return target.createOrder(ref, amount, gateway, now);
    }

    @Override
    public Optional<Order> findOrder(String ref) {
        return target.findOrder(ref);
    }

    @Override
    public List<Order> pendingBefore(Instant cutoff, int limit) {
        return target.pendingBefore(cutoff, limit);
    }

    @Override
    public List<AuditEntry> auditTrail(String orderRef) {
        return target.auditTrail(orderRef);
    }

    @Override
    public long auditCount() {
        return target.auditCount();
    }

    @Override
    public void audit(AuditEntry entry) {
        target.audit(entry);
    }

    @Override
    public <T> T transact(Work<T> work) {
        return target.transact(work);
    }
}
