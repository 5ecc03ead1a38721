package vn.congdanso.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Secret;
import vn.congdanso.payments.CallbackVerifier;
import vn.congdanso.payments.MerchantKeys;
import vn.congdanso.payments.zalopay.ZalopayConfig;
import vn.congdanso.payments.zalopay.ZalopaySigner;
import vn.congdanso.payments.zalopay.ZalopayVerifier;

@Command(name = "zalopay", description = "ZaloPay (API v2): verify callbacks, sign queries.",
        subcommands = {ZalopayCommand.VerifyCallback.class, ZalopayCommand.QueryMac.class})
final class ZalopayCommand {

    @Command(name = "verify-callback", description = "Verifies the JSON body {data, mac, type} of a ZaloPay callback. "
            + "Exit 1 when it does not verify.")
    static final class VerifyCallback extends VerifyCallbackCommand {

        @Option(names = "--key2", paramLabel = "K", description = "key2, or @file (else $ZALOPAY_KEY2).")
        String key2;

        @Override
        List<Secret> keys() {
            return List.of(Inputs.secret(spec, key2, "--key2", "ZALOPAY_KEY2"));
        }

        @Override
        CallbackVerifier verifier(MerchantKeys keys) {
            return ZalopayVerifier.create(keys);
        }

        @Override
        boolean sendsQuery() {
            return false;
        }
    }

    @Command(name = "query-mac", description = "Prints the MAC of an order status query (app_id|app_trans_id|key1).")
    static final class QueryMac implements Callable<Integer> {

        @Mixin
        Output output;

        @Spec
        CommandSpec spec;

        @Option(names = "--key1", paramLabel = "K", description = "key1, or @file (else $ZALOPAY_KEY1).")
        String key1;

        @Option(names = "--app-id", paramLabel = "ID", required = true, description = "The app id.")
        String appId;

        @Parameters(paramLabel = "APP_TRANS_ID", description = "The order's app_trans_id.")
        String appTransId;

        @Override
        public Integer call() {
            Secret key = Inputs.secret(spec, key1, "--key1", "ZALOPAY_KEY1");
            String mac;
            try {
                mac = ZalopaySigner.create(ZalopayConfig.builder().appId(appId).key1(key).key2s(key).build())
                        .queryMac(appTransId);
            } catch (RejectedException e) {
                return output.fail(e);
            }
            if (output.json()) {
                output.printJson(output.result(true).put("appId", appId).put("appTransId", appTransId).put("mac", mac));
            } else {
                output.println(mac);
            }
            return ExitCodes.OK;
        }
    }
}
