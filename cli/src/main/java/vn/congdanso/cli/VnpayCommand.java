package vn.congdanso.cli;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Secret;
import vn.congdanso.core.Vnd;
import vn.congdanso.core.time.VnTime;
import vn.congdanso.payments.CallbackVerifier;
import vn.congdanso.payments.MerchantKeys;
import vn.congdanso.payments.vnpay.VnpayConfig;
import vn.congdanso.payments.vnpay.VnpayPaymentRequest;
import vn.congdanso.payments.vnpay.VnpaySigner;
import vn.congdanso.payments.vnpay.VnpayVerifier;

@Command(name = "vnpay", description = "VNPay (API 2.1.0): verify return/IPN calls (verify-callback), sign payment URLs.",
        subcommands = {VnpayCommand.VerifyCallback.class, VnpayCommand.PayUrl.class})
final class VnpayCommand {

    static final String SECRET_ENV = "VNPAY_HASH_SECRET";

    @Command(name = "verify-callback", description = "Verifies a VNPay return or IPN call (its query string or whole URL). "
            + "Exit 1 when it does not verify.")
    static final class VerifyCallback extends VerifyCallbackCommand {

        @Option(names = "--secret", paramLabel = "S", description = "The hash secret, or @file (else $" + SECRET_ENV + ").")
        String secret;

        @Override
        List<Secret> keys() {
            return List.of(Inputs.secret(spec, secret, "--secret", SECRET_ENV));
        }

        @Override
        CallbackVerifier verifier(MerchantKeys keys) {
            return VnpayVerifier.create(keys);
        }

        @Override
        boolean sendsQuery() {
            return true;
        }
    }

    @Command(name = "pay-url", description = "Prints a signed VNPay payment URL (sandbox unless --payment-url).")
    static final class PayUrl implements Callable<Integer> {

        @Mixin
        Output output;

        @Spec
        CommandSpec spec;

        @Option(names = "--secret", paramLabel = "S", description = "The hash secret, or @file (else $" + SECRET_ENV + ").")
        String secret;

        @Option(names = "--tmn", paramLabel = "CODE", required = true, description = "The terminal code (vnp_TmnCode).")
        String tmnCode;

        @Option(names = "--amount", paramLabel = "N", required = true, description = "The amount in dong (sent x100).")
        String amount;

        @Option(names = "--txn-ref", paramLabel = "REF", required = true, description = "The order reference.")
        String txnRef;

        @Option(names = "--order-info", paramLabel = "TEXT", required = true, description = "The description (folded to ASCII).")
        String orderInfo;

        @Option(names = "--return-url", paramLabel = "URL", required = true, description = "Where VNPay returns the browser.")
        String returnUrl;

        @Option(names = "--ip", paramLabel = "IP", required = true, description = "The payer's IP address.")
        String ip;

        @Option(names = "--create-date", paramLabel = "yyyyMMddHHmmss", description = "The creation time in GMT+7 (default: now).")
        String createDate;

        @Option(names = "--payment-url", paramLabel = "URL", description = "The payment page (default: the sandbox).")
        String paymentUrl;

        @Override
        public Integer call() {
            Secret key = Inputs.secret(spec, secret, "--secret", SECRET_ENV);
            String url;
            try {
                VnpayConfig.Builder config = VnpayConfig.builder().tmnCode(tmnCode).hashSecrets(key);
                if (paymentUrl != null) {
                    config.paymentUrl(paymentUrl);
                }
                VnpayPaymentRequest.Builder request = VnpayPaymentRequest.builder().amount(Vnd.parse(amount))
                        .txnRef(txnRef).orderInfo(orderInfo).returnUrl(returnUrl).ipAddr(ip);
                if (createDate != null) {
                    Instant created = VnTime.parseCompact(createDate);
                    request.createDate(created);
                }
                url = VnpaySigner.create(config.build()).paymentUrl(request.build());
            } catch (RejectedException e) {
                return output.fail(e);
            }
            if (output.json()) {
                output.printJson(output.result(true).put("url", url));
            } else {
                output.println(url);
            }
            return ExitCodes.OK;
        }
    }
}
