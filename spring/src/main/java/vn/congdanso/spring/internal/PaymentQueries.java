package vn.congdanso.spring.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.callback.PaymentQuery;

/**
 * Picks the reconciler's queries: for a gateway the application supplies a
 * {@link PaymentQuery} bean of its own for, the starter's adapter of that gateway (a bean named
 * {@code congdanso…}) steps aside.
 */
public final class PaymentQueries {

    private static final String STARTER_PREFIX = "congdanso";

    private PaymentQueries() {
    }

    /** The queries to reconcile with, from the {@link PaymentQuery} beans by name. */
    public static List<PaymentQuery> preferringTheApps(Map<String, PaymentQuery> beans) {
        Set<Gateway> appGateways = EnumSet.noneOf(Gateway.class);
        beans.forEach((name, query) -> {
            if (!name.startsWith(STARTER_PREFIX)) {
                appGateways.add(query.gateway());
            }
        });
        List<PaymentQuery> chosen = new ArrayList<>();
        beans.forEach((name, query) -> {
            if (!name.startsWith(STARTER_PREFIX) || !appGateways.contains(query.gateway())) {
                chosen.add(query);
            }
        });
        return chosen;
    }
}
