package vn.congdanso.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import vn.congdanso.core.SdkVersion;

@Command(name = "version", description = "Prints the SDK version.")
final class VersionCommand implements Callable<Integer> {

    @Mixin
    Output output;

    @Override
    public Integer call() {
        if (output.json()) {
            output.printJson(output.result(true).put("version", SdkVersion.current()));
        } else {
            output.println("congdanso " + SdkVersion.current());
        }
        return ExitCodes.OK;
    }

    static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"congdanso " + SdkVersion.current()};
        }
    }
}
