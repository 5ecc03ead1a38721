package vn.congdanso.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code congdanso help [COMMAND…]}: the help of any command, nested ones included ({@code help qr encode}). */
@Command(name = "help", helpCommand = true,
        description = "Prints the help of a command: congdanso help qr, congdanso help qr encode.")
final class HelpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, and its subcommand.")
    List<String> path = List.of();

    @Override
    public Integer call() {
        CommandLine command = spec.root().commandLine();
        for (String name : path) {
            CommandLine next = command.getSubcommands().get(name);
            if (next == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "unknown command '"
                        + (command.getCommandSpec().qualifiedName() + " " + name).replaceFirst("^congdanso ", "")
                        + "'; see congdanso --help");
            }
            command = next;
        }
        command.usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
