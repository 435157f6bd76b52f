package cleanarch.commands;

import cleanarch.Timings;
import cleanarch.UserError;
import cleanarch.Version;
import cleanarch.plan.IoErrors;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command: it only groups the verbs. */
@Command(
        name = "cleanarch",
        mixinStandardHelpOptions = true,
        version = "cleanarch " + Version.GENERATOR,
        description = "Generates a clean-architecture Spring Boot service, then grows it one entity at a time.",
        subcommands = {Init.class, AddEntity.class, AddField.class, CommandLine.HelpCommand.class})
public final class Cleanarch {

    /** Exit code for bad input and refused operations (nothing was written). */
    public static final int EXIT_USER_ERROR = 2;

    /** The configured command line: bad input becomes one line on stderr and exit code 2. */
    public static CommandLine commandLine() {
        Timings.commandLineBuilt();
        CommandLine commandLine = new CommandLine(new Cleanarch());
        // Wide enough for the field grammar's one-line examples.
        commandLine.setUsageHelpWidth(120);
        commandLine.setParameterExceptionHandler((e, args) -> {
            CommandLine command = e.getCommandLine();
            command.getErr().println("error: " + e.getMessage() + " (see '" + command.getCommandSpec().qualifiedName()
                    + " --help')");
            return EXIT_USER_ERROR;
        });
        commandLine.setExecutionExceptionHandler((e, command, parseResult) -> {
            if (e instanceof UserError) {
                command.getErr().println("error: " + e.getMessage());
                return EXIT_USER_ERROR;
            }
            if (e instanceof UncheckedIOException io) {
                // A project file that could not be read: refused like bad input, since nothing was written.
                command.getErr().println("error: cannot read " + IoErrors.describe(io) + "; nothing was written");
                return EXIT_USER_ERROR;
            }
            throw e;
        });
        return commandLine;
    }
}
