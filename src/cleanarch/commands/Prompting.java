package cleanarch.commands;

import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --no-input} option of the commands that ask for what was not given: they ask only on a terminal, and
 * never with this option.
 */
public final class Prompting {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--no-input",
            description = "Ask nothing, even on a terminal: what was not given takes its default.")
    private boolean noInput;

    /** Someone to ask, if the command runs on a terminal and was not told to ask nothing. */
    Optional<Prompter> prompter() {
        if (noInput || !(command.root().userObject() instanceof Cleanarch cleanarch)
                || !cleanarch.terminal().interactive()) {
            return Optional.empty();
        }
        return Optional.of(new Prompter(cleanarch.terminal(), command.commandLine().getOut(),
                command.commandLine().getErr()));
    }
}
