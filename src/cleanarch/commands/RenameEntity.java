package cleanarch.commands;

import cleanarch.Timings;
import cleanarch.UserError;
import cleanarch.naming.EntityNames;
import cleanarch.naming.Names;
import cleanarch.plan.Plan;
import cleanarch.plan.ProjectLock;
import cleanarch.project.EntityDefinition;
import cleanarch.project.EntityRenamePlanner;
import cleanarch.project.FieldDefinition;
import cleanarch.project.ProjectMetadata;
import cleanarch.render.TemplateRenderer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "rename-entity",
        mixinStandardHelpOptions = true,
        description = "Renames an entity: a new migration renames its table, sequence, constraints and indexes "
                + "(rows kept; existing migrations are never edited), and its classes, files, routes, beans and "
                + "tests are renamed, with every reference from other entities and every use in your own code "
                + "(found by resolving names, as an IDE does).")
public final class RenameEntity implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ProjectOptions options;

    @Mixin
    private Timings timings;

    @Parameters(index = "0", paramLabel = "<Old>", description = "The entity, e.g. Book.")
    private String oldName;

    @Parameters(index = "1", paramLabel = "<New>", description = "Its new name, e.g. Novel.")
    private String newName;

    @Option(names = "--keep-unresolved",
            description = "Go on when a name spelled like a renamed class or bean cannot be resolved: rename the "
                    + "rest and keep those as they are, listed on stderr.")
    private boolean keepUnresolved;

    @Override
    public Integer call() {
        Path projectDir = options.projectDir.toAbsolutePath().normalize();
        String from = EntityNames.require(oldName);
        String to = EntityNames.require(newName);
        timings.mark("parse");
        try (ProjectLock lock = ProjectChange.lock(projectDir, options, spec)) {
            ProjectMetadata metadata = ProjectMetadata.read(projectDir);
            EntityDefinition entity = AddField.existing(metadata, from);
            if (from.equals(to)) {
                throw new UserError("entity " + from + " is already named " + to);
            }
            AddEntity.requireNew(metadata.entities().stream().filter(e -> e != entity).toList(), to);
            List<EntityDefinition> entities = metadata.entities().stream()
                    .map(e -> new EntityDefinition(e == entity ? to : e.name(),
                            e.fields().stream().map(field -> referringTo(field, from, to)).toList()))
                    .toList();
            for (EntityDefinition renamed : entities) {
                FieldRules.requireUsable(renamed.name(), renamed.fields());
            }

            Plan plan = new Plan(projectDir);
            List<String> kept = new EntityRenamePlanner(new TemplateRenderer()).plan(plan, metadata.project(),
                    metadata.entities(), entities, metadata.entities().indexOf(entity), keepUnresolved);
            if (!ProjectChange.finish(plan, metadata, entities, options, timings, spec, lock)) {
                return 0;
            }
            kept.forEach(location -> spec.commandLine().getErr().println("kept unresolved: " + location));
            spec.commandLine().getOut().printf("renamed %s to %s: %d files written, routes under /v1/%s%n", from,
                    to, plan.changes().size(), Names.kebab(Names.pluralSnake(to)));
            return 0;
        }
    }

    private static FieldDefinition referringTo(FieldDefinition field, String from, String to) {
        if (!from.equals(field.reference())) {
            return field;
        }
        return new FieldDefinition(field.name(), field.type(), field.enumValues(), field.required(), field.unique(),
                field.min(), field.max(), field.defaultValue(), to, field.cascade());
    }
}
