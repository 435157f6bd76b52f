package cleanarch.commands;

import cleanarch.Timings;
import cleanarch.UserError;
import cleanarch.Version;
import cleanarch.plan.IoErrors;
import java.io.UncheckedIOException;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command: it only groups the verbs. */
@Command(
        name = "cleanarch",
        mixinStandardHelpOptions = true,
        version = "cleanarch " + Version.GENERATOR,
        description = "Generates a clean-architecture Spring Boot service, then grows it one entity at a time.",
        subcommands = {Init.class, AddEntity.class, AddField.class, RenameField.class, RenameEntity.class,
            RemoveField.class, RemoveEntity.class, ListEntities.class, AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class})
public final class Cleanarch {

    /** Exit code for bad input and refused operations (nothing was written). */
    public static final int EXIT_USER_ERROR = 2;

    private final Terminal terminal;

    private Cleanarch(Terminal terminal) {
        this.terminal = terminal;
    }

    /** The command line of a run on this process's terminal, if it has one. */
    public static CommandLine commandLine() {
        return commandLine(Terminal.system());
    }

    /** The configured command line: bad input becomes one line on stderr and exit code 2. */
    public static CommandLine commandLine(Terminal terminal) {
        Timings.commandLineBuilt();
        CommandLine commandLine = new CommandLine(new Cleanarch(terminal));
        // picocli hides its completion command by default; it is part of this tool's documented interface.
        commandLine.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
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

    /** Where the commands' prompts are answered. */
    Terminal terminal() {
        return terminal;
    }
}
