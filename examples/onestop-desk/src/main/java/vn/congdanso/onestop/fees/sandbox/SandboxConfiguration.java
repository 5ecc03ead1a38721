package vn.congdanso.onestop.fees.sandbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
 * adapters (which would call the real gateways' sandboxes) for their gateway.
 */
@Configuration(proxyBeanMethods = false)
class SandboxConfiguration {

    /** VNPay's querydr; the payment URL's date is the order's creation time, as the desk stamps it. */
    @Bean
    @ConditionalOnProperty(name = "onestop.sandbox.vnpay", havingValue = "true")
    PaymentQuery sandboxVnpayQuery(SandboxClients clients, CallbackStore store) {
        return new DeferredPaymentQuery(Gateway.VNPAY, () -> VnpayPaymentQuery.create(clients.vnpay(), "127.0.0.1",
                ref -> store.findOrder(ref).map(Order::createdAt)));
    }

    @Bean
    @ConditionalOnProperty(name = "onestop.sandbox.momo", havingValue = "true")
    PaymentQuery sandboxMomoQuery(SandboxClients clients) {
        return new DeferredPaymentQuery(Gateway.MOMO, () -> MomoPaymentQuery.create(clients.momo()));
    }

    @Bean
    @ConditionalOnProperty(name = "onestop.sandbox.zalopay", havingValue = "true")
    PaymentQuery sandboxZalopayQuery(SandboxClients clients) {
        return new DeferredPaymentQuery(Gateway.ZALOPAY, () -> ZalopayPaymentQuery.create(clients.zalopay()));
    }
}
