package vn.congdanso.cli;

import picocli.CommandLine.Command;

@Command(name = "congdanso",
        description = "Vietnam digital-citizen services: procedure QR codes, ID cards, payments.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionCommand.Provider.class,
        subcommands = {
            HelpCommand.class,
            VersionCommand.class,
            CccdCommand.class,
            MrzCommand.class,
            QrCommand.class,
            VietQrCommand.class,
            ProcedureCommand.class,
            ReceiptCommand.class,
            VnpayCommand.class,
            MomoCommand.class,
            ZalopayCommand.class,
            PayosCommand.class
        },
        footerHeading = "%n",
        footer = {
            "Every command answers -h/--help; 'congdanso help COMMAND...' prints the same.",
            "",
            "Output: results go to stdout, errors, warnings and notes to stderr. With --json each",
            "result is one JSON object on one line of stdout, errors included:",
            "  {\"valid\":true|false, \"error\":null|{\"code\":\"namespace.NAME\",\"message\":\"...\",\"offset\":N}, ...}",
            "'offset' is given for parse errors only; the command's own fields follow 'error'.",
            "Error codes are stable ids such as payments.BAD_SIGNATURE, card.BAD_DATE, cli.USAGE.",
            "",
            "Exit codes:",
            "  0  success; the input is valid",
            "  1  the input is invalid or failed verification",
            "  2  usage error: unknown command or option, missing argument (cli.USAGE)",
            "  3  a remote service is unavailable; the same command may succeed later",
            "  4  a local file cannot be read or written (cli.BAD_INPUT_FILE, cli.BAD_OUTPUT_FILE)",
            "  5  unexpected failure inside congdanso, a bug to report (cli.INTERNAL)",
            "",
            "Secrets are read from @FILE or an environment variable rather than typed on the command line.",
            "More: docs/cli.md."
        })
final class RootCommand {
}
