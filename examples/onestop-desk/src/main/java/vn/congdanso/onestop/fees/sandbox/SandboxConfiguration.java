package vn.congdanso.onestop.fees.sandbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.congdanso.onestop.desk.DeskDefaults;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.callback.CallbackStore;
import vn.congdanso.payments.callback.Order;
import vn.congdanso.payments.callback.PaymentQuery;
import vn.congdanso.payments.momo.MomoPaymentQuery;
import vn.congdanso.payments.vnpay.VnpayPaymentQuery;
import vn.congdanso.payments.zalopay.ZalopayPaymentQuery;

/**
 * The reconciler's queries for the sandboxed gateways: the SDK's own adapters, on the SDK's
 * clients pointed at the sandbox gateway, so the reconciler asks the sandbox over HTTP exactly
 * as it would ask VNPay, MoMo and ZaloPay. Being application beans, they replace the starter's
 * adapters (which would call the real gateways' sandboxes) for their gateway. None is made when a
 * gateway is real: then the starter's adapters apply.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = DeskDefaults.SANDBOX, havingValue = "true")
class SandboxConfiguration {

    /** VNPay's querydr; the payment URL's date is the order's creation time, as the desk stamps it. */
    @Bean
    PaymentQuery sandboxVnpayQuery(SandboxClients clients, CallbackStore store) {
        return new DeferredPaymentQuery(Gateway.VNPAY, () -> VnpayPaymentQuery.create(clients.vnpay(), "127.0.0.1",
                ref -> store.findOrder(ref).map(Order::createdAt)));
    }

    @Bean
    PaymentQuery sandboxMomoQuery(SandboxClients clients) {
        return new DeferredPaymentQuery(Gateway.MOMO, () -> MomoPaymentQuery.create(clients.momo()));
    }

    @Bean
    PaymentQuery sandboxZalopayQuery(SandboxClients clients) {
        return new DeferredPaymentQuery(Gateway.ZALOPAY, () -> ZalopayPaymentQuery.create(clients.zalopay()));
    }
}
