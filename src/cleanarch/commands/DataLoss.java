package cleanarch.commands;

import cleanarch.UserError;
import picocli.CommandLine.Option;

/**
 * The confirmation a command that destroys data asks for: on a terminal it asks (no is the default), elsewhere
 * {@code --yes} must say it. With {@code --no-input} and without {@code --yes} it refuses, since nobody may be
 * asked.
 */
public final class DataLoss {

    @Option(names = {"-y", "--yes"}, description = "Confirm that the data may be destroyed, without asking.")
    boolean yes;

    /**
     * @param what      what will be lost, for the question: "the columns isbn, pages of books and their values"
     * @param prompting whom to ask, if anyone
     * @throws UserError when the user says no, or when there is no one to ask and no {@code --yes}
     */
    void confirm(String command, String what, Prompting prompting) {
        if (yes) {
            return;
        }
        Prompter prompter = prompting.prompter().orElseThrow(() -> new UserError(command + " destroys " + what
                + ": confirm with --yes; nothing was written"));
        if (!prompter.confirm("This destroys " + what + ". Go on?", false)) {
            throw new UserError("cancelled: nothing was written");
        }
    }
}
