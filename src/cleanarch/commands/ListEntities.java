package cleanarch.commands;

import cleanarch.project.ProjectMetadata;
import cleanarch.project.ProjectSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "Prints the project's entities and their fields as a table (from cleanarch.json).")
public final class ListEntities implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--project-dir", defaultValue = ".",
            description = "The project to list (default: the current directory).")
    private Path projectDir;

    @Override
    public Integer call() {
        ProjectMetadata metadata = ProjectMetadata.read(projectDir.toAbsolutePath().normalize());
        ProjectSettings project = metadata.project();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s (package %s), %d %s%n", project.name(), project.packageName(), metadata.entities().size(),
                metadata.entities().size() == 1 ? "entity" : "entities");
        if (metadata.entities().isEmpty()) {
            out.println("add one with: cleanarch add-entity <Name> [<field>...]");
            return 0;
        }
        out.println();
        FieldTable.print(metadata.entities(), out);
        return 0;
    }
}
