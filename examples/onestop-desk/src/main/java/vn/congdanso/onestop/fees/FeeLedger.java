package vn.congdanso.onestop.fees;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.congdanso.core.privacy.Redactor;
import vn.congdanso.payments.callback.PaymentHandler;
import vn.congdanso.payments.callback.Transition;

/**
 * The desk's reaction to a settled fee: runs exactly once per transition, inside the store's
 * transaction (the starter's callback endpoints and the reconciler both come through here).
 */
@Component
class FeeLedger implements PaymentHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FeeLedger.class);

    @Override
    public void onTransition(Transition transition) {
        LOG.info("fee order {} is now {}", Redactor.maskKeepingLast4(transition.order().ref()),
                transition.order().status());
    }
}
