/**
 * The {@code congdanso} command-line tool: {@link vn.congdanso.cli.Main} runs it, in a JVM of its
 * own or in-process with {@link vn.congdanso.cli.Main#run}. Its contract for scripts is the exit
 * codes in {@link vn.congdanso.cli.ExitCodes}, the error codes of {@link vn.congdanso.cli.CliError}
 * next to the SDK's own, and one JSON result shape, {@code {"valid":…,"error":null|{…},…}},
 * described in {@code docs/cli.md} and in the root help.
 */
package vn.congdanso.cli;
