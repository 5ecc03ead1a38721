package vn.congdanso.cli;

import picocli.CommandLine.Option;

/** {@code -h}/{@code --help}, which {@link Main} adds to every command that lacks it. */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;
}
