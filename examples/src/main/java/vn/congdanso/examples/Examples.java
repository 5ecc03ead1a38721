package vn.congdanso.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Walks through every congdanso flow on embedded defaults, saying what it does at each step.
 * Run it with {@code java -jar examples/target/congdanso-examples.jar}.
 */
public final class Examples {

    private Examples() {
    }

    /** Runs every example in turn; exits non-zero if one fails. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<Example> examples = List.of(
                new CoreBasicsExample(),
                new CitizenIdExample(),
                new QrCodecExample(),
                new VietQrExample(),
                new ProcedureDirectoryExample(),
                new SignedReceiptExample(),
                new PaymentGatewaysExample());
        for (Example example : examples) {
            out.println();
            out.println("=== " + example.title() + " ===");
            example.run(out);
        }
        out.println();
        out.println("All " + examples.size() + " examples ran.");
    }
}
