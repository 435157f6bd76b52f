package cleanarch.commands;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of every command that changes an existing project. */
public final class ProjectOptions {

    @Option(names = "--project-dir", defaultValue = ".",
            description = "The project to change (default: the current directory).")
    Path projectDir;

    @Option(names = "--dry-run",
            description = "Print the files that would be created and a diff of those that would change; write "
                    + "nothing.")
    boolean dryRun;
}
