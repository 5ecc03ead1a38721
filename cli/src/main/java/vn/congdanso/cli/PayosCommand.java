package vn.congdanso.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.congdanso.core.RejectedException;
import vn.congdanso.payments.payos.PayosVerifier;
import vn.congdanso.payments.payos.PayosWebhook;

@Command(name = "payos", description = "payOS: verify webhooks.", subcommands = {PayosCommand.VerifyWebhook.class})
final class PayosCommand {

    @Command(name = "verify-webhook", description = "Verifies the JSON body of a payOS webhook. Exit 1 when the signature does not verify.")
    static final class VerifyWebhook implements Callable<Integer> {

        @Mixin
        Output output;

        @Spec
        CommandSpec spec;

        @Option(names = "--checksum-key", paramLabel = "K", description = "The checksum key, or @file (else $PAYOS_CHECKSUM_KEY).")
        String checksumKey;

        @Parameters(paramLabel = "BODY", description = "The webhook JSON body, or @file.")
        String body;

        @Override
        public Integer call() {
            PayosVerifier verifier = PayosVerifier.of(Inputs.secret(spec, checksumKey, "--checksum-key", "PAYOS_CHECKSUM_KEY"));
            PayosWebhook webhook;
            try {
                webhook = verifier.verifyWebhook(Inputs.textOrFile(body));
            } catch (RejectedException e) {
                return output.fail(e);
            }
            if (output.json()) {
                output.printJson(output.result(true).put("orderCode", webhook.orderCode())
                        .put("amount", webhook.amount().dong()).put("code", webhook.code()).put("paid", webhook.paid()));
            } else {
                output.println("valid payOS signature");
                output.println("orderCode: " + webhook.orderCode());
                output.println("amount:    " + webhook.amount().format());
                output.println("code:      " + webhook.code());
                output.println("paid:      " + webhook.paid());
            }
            return ExitCodes.OK;
        }
    }
}
