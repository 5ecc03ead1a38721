package vn.congdanso.cli;

import picocli.CommandLine.Command;

@Command(name = "congdanso",
        description = "Vietnam digital-citizen services: procedure QR codes, ID cards, payments.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionCommand.Provider.class,
        subcommands = {
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
            PayosCommand.class
        })
final class RootCommand {
}
