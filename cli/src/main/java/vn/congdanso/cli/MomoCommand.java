package vn.congdanso.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.congdanso.core.RejectedException;
import vn.congdanso.payments.momo.MomoIpn;
import vn.congdanso.payments.momo.MomoVerifier;

@Command(name = "momo", description = "MoMo (API v2): verify IPN bodies.", subcommands = {MomoCommand.VerifyIpn.class})
final class MomoCommand {

    @Command(name = "verify-ipn", description = "Verifies the JSON body of a MoMo IPN. Exit 1 when the signature does not verify.")
    static final class VerifyIpn implements Callable<Integer> {

        @Mixin
        Output output;

        @Spec
        CommandSpec spec;

        @Option(names = "--secret", paramLabel = "S", description = "The secret key, or @file (else $MOMO_SECRET_KEY).")
        String secret;

        @Option(names = "--access-key", paramLabel = "K", description = "The access key, or @file (else $MOMO_ACCESS_KEY).")
        String accessKey;

        @Parameters(paramLabel = "BODY", description = "The IPN JSON body, or @file.")
        String body;

        @Override
        public Integer call() {
            MomoVerifier verifier = MomoVerifier.of(Inputs.secret(spec, accessKey, "--access-key", "MOMO_ACCESS_KEY"),
                    Inputs.secret(spec, secret, "--secret", "MOMO_SECRET_KEY"));
            MomoIpn ipn;
            try {
                ipn = verifier.verifyIpn(Inputs.textOrFile(body));
            } catch (RejectedException e) {
                return output.fail(e);
            }
            if (output.json()) {
                output.printJson(output.result(true).put("orderId", ipn.orderId())
                        .put("amount", ipn.amount().dong()).put("resultCode", ipn.resultCode()).put("paid", ipn.paid()));
            } else {
                output.println("valid MoMo signature");
                output.println("orderId:    " + ipn.orderId());
                output.println("amount:     " + ipn.amount().format());
                output.println("resultCode: " + ipn.resultCode());
                output.println("paid:       " + ipn.paid());
            }
            return ExitCodes.OK;
        }
    }
}
