package vn.congdanso.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Secret;
import vn.congdanso.payments.CallbackVerifier;
import vn.congdanso.payments.MerchantKeys;
import vn.congdanso.payments.RawCallback;
import vn.congdanso.payments.VerifiedCallback;

/**
 * {@code <gateway> verify-callback}: one verb and one output for every gateway. The callback is
 * the GET query ({@code --query}) or POST body ({@code --body}), the positional argument, an
 * {@code @file}, or standard input. JSON output: {@code valid}, {@code paid}, {@code orderRef},
 * {@code amount}, {@code status}, {@code error} ({@code {code, message}} or null). Exit 0 when
 * the callback verifies, 1 when it does not.
 */
abstract class VerifyCallbackCommand implements Callable<Integer> {

    /** The most bytes read from standard input. */
    private static final int MAX_STDIN = 1 << 20;

    @Mixin
    Output output;

    @Spec
    CommandSpec spec;

    @Option(names = "--merchant", paramLabel = "ID",
            description = "Accept only callbacks naming this merchant (default: whichever the callback names).")
    String merchant;

    @Option(names = "--query", paramLabel = "QUERY", description = "The callback's query string (GET), or @file.")
    String query;

    @Option(names = "--body", paramLabel = "BODY", description = "The callback's body (POST), or @file.")
    String body;

    @Parameters(arity = "0..1", paramLabel = "INPUT",
            description = "The query (VNPay) or body (others), or @file; standard input when absent.")
    String input;

    /** The verifier for this gateway, with {@code keys}. */
    abstract CallbackVerifier verifier(MerchantKeys keys);

    /** The signing keys from flags or the environment. */
    abstract List<Secret> keys();

    /** Whether the gateway calls back with GET (its input is a query), else POST. */
    abstract boolean sendsQuery();

    @Override
    public Integer call() {
        List<Secret> keys = keys();
        MerchantKeys source = id -> merchant == null || merchant.equals(id) ? keys : List.of();
        RawCallback callback = callback();
        VerifiedCallback verified;
        try {
            verified = verifier(source).verify(callback);
        } catch (RejectedException e) {
            return report(e);
        }
        if (output.json()) {
            output.printJson(output.result(true).put("paid", verified.paid())
                    .put("orderRef", verified.orderRef()).put("amount", verified.amount().dong())
                    .put("status", verified.status().name()));
        } else {
            output.println("valid " + verified.gateway() + " callback");
            output.println("orderRef: " + verified.orderRef());
            output.println("amount:   " + verified.amount().format());
            output.println("status:   " + verified.status());
            output.println("paid:     " + verified.paid());
        }
        return ExitCodes.OK;
    }

    private int report(RejectedException failure) {
        if (!output.json()) {
            return output.fail(failure);
        }
        Failure reported = Failure.of(failure);
        ObjectNode node = Output.failed(reported).put("paid", false);
        node.putNull("orderRef");
        node.putNull("amount");
        node.putNull("status");
        output.printJson(node);
        return reported.exitCode();
    }

    private RawCallback callback() {
        String given = query != null ? query : body != null ? body : input;
        String text = given == null ? stdin() : Inputs.textOrFile(given);
        boolean get = query != null || body == null && sendsQuery();
        return get ? RawCallback.get(text) : RawCallback.postJson(text);
    }

    private String stdin() {
        try {
            InputStream in = System.in;
            byte[] bytes = in.readNBytes(MAX_STDIN + 1);
            if (bytes.length > MAX_STDIN) {
                throw new CommandLine.ParameterException(spec.commandLine(), "standard input is larger than 1 MiB");
            }
            return new String(bytes, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read standard input: " + e.getMessage());
        }
    }
}
