package vn.congdanso.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Walks through every congdanso flow on embedded defaults, saying what it does at each step.
 * Run it with {@code java -jar examples/target/congdanso-examples.jar [--out DIR]}; the images it
 * makes are written to {@code DIR}, by default {@value #DEFAULT_OUT} in the working directory, and
 * kept there for you to open.
 */
public final class Examples {

    /** Where the images go unless {@code --out DIR} says otherwise. */
    static final String DEFAULT_OUT = "congdanso-examples-out";

    private Examples() {
    }

    /** Runs every example in turn; exits non-zero if one fails, 2 for unknown arguments. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path images;
        if (args.length == 0) {
            images = Path.of(DEFAULT_OUT);
        } else if (args.length == 2 && args[0].equals("--out")) {
            images = Path.of(args[1]);
        } else {
            System.err.println("usage: java -jar congdanso-examples.jar [--out DIR]  (default DIR: " + DEFAULT_OUT + ")");
            System.exit(2);
            return;
        }
        List<Example> examples = List.of(
                new CoreBasicsExample(),
                new CitizenIdExample(),
                new QrCodecExample(images.toAbsolutePath().normalize()),
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
