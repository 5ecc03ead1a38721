package vn.congdanso.cli;

import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.congdanso.core.Secret;
import vn.congdanso.payments.CallbackVerifier;
import vn.congdanso.payments.MerchantKeys;
import vn.congdanso.payments.momo.MomoVerifier;

@Command(name = "momo", description = "MoMo (API v2): verify IPN bodies and redirect queries.",
        subcommands = {MomoCommand.VerifyCallback.class})
final class MomoCommand {

    @Command(name = "verify-callback", description = "Verifies a MoMo IPN (JSON body, or --query for the redirect). "
            + "Exit 1 when it does not verify.")
    static final class VerifyCallback extends VerifyCallbackCommand {

        @Option(names = "--secret", paramLabel = "S", description = "The secret key, or @file (else $MOMO_SECRET_KEY).")
        String secret;

        @Option(names = "--access-key", paramLabel = "K", description = "The access key, or @file (else $MOMO_ACCESS_KEY).")
        String accessKey;

        @Override
        List<Secret> keys() {
            return List.of(Inputs.secret(spec, secret, "--secret", "MOMO_SECRET_KEY"));
        }

        @Override
        CallbackVerifier verifier(MerchantKeys keys) {
            List<Secret> access = List.of(Inputs.secret(spec, accessKey, "--access-key", "MOMO_ACCESS_KEY"));
            return MomoVerifier.create(keys, id -> keys.keys(id).isEmpty() ? List.of() : access);
        }

        @Override
        boolean sendsQuery() {
            return false;
        }
    }
}
