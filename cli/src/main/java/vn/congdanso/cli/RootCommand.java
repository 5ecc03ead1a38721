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
            ChipCommand.class,
            MrzCommand.class,
            QrCommand.class,
            VietQrCommand.class,
            ProcedureCommand.class,
            ReceiptCommand.class,
            VnpayCommand.class,
            MomoCommand.class,
            ZalopayCommand.class,
            PayosCommand.class,
            OidcCommand.class
        },
        footerHeading = "%n",
        footer = {
            "Every command answers -h/--help; 'congdanso help COMMAND...' prints the same.",
            "",
            "Output: results go to stdout; errors, warnings and notes go to stderr.",
            "With --json each result is one JSON object on one line of stdout, errors too:",
            "  {\"valid\":true|false,\"error\":null|{\"code\":\"ns.NAME\",\"message\":\"...\"},...}",
            "\"offset\" (parse errors only) joins code and message; the command's own",
            "fields follow \"error\". Codes are stable ids: payments.BAD_SIGNATURE, cli.USAGE.",
            "",
            "Exit codes:",
            "  0  success; the input is valid",
            "  1  the input is invalid or failed verification",
            "  2  usage error: unknown command or option, missing argument (cli.USAGE)",
            "  3  a remote service is unavailable; the same command may succeed later",
            "  4  a local file cannot be read or written (cli.BAD_INPUT_FILE,",
            "     cli.BAD_OUTPUT_FILE)",
            "  5  unexpected failure inside congdanso, a bug to report (cli.INTERNAL)",
            "",
            "Secrets come from @FILE or an environment variable, not the command line.",
            "More: docs/cli.md."
        })
final class RootCommand {
}
