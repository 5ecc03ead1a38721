package vn.congdanso.cli;

import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.congdanso.core.Secret;
import vn.congdanso.payments.CallbackVerifier;
import vn.congdanso.payments.MerchantKeys;
import vn.congdanso.payments.payos.PayosVerifier;

@Command(name = "payos", description = "payOS: verify webhooks.", subcommands = {PayosCommand.VerifyCallback.class})
final class PayosCommand {

    @Command(name = "verify-callback", description = "Verifies the JSON body of a payOS webhook. Exit 1 when it does not verify.")
    static final class VerifyCallback extends VerifyCallbackCommand {

        @Option(names = "--checksum-key", paramLabel = "K", description = "The checksum key, or @file (else $PAYOS_CHECKSUM_KEY).")
        String checksumKey;

        @Override
        List<Secret> keys() {
            return List.of(Inputs.secret(spec, checksumKey, "--checksum-key", "PAYOS_CHECKSUM_KEY"));
        }

        @Override
        CallbackVerifier verifier(MerchantKeys keys) {
            return PayosVerifier.create(merchant == null ? "payos" : merchant, keys);
        }

        @Override
        boolean sendsQuery() {
            return false;
        }
    }
}
