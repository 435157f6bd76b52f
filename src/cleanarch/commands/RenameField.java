package cleanarch.commands;

import cleanarch.Timings;
import cleanarch.UserError;
import cleanarch.naming.EntityNames;
import cleanarch.naming.Names;
import cleanarch.plan.Plan;
import cleanarch.plan.ProjectLock;
import cleanarch.project.EntityDefinition;
import cleanarch.project.FieldDefinition;
import cleanarch.project.FieldParser;
import cleanarch.project.FieldRenamePlanner;
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
        name = "rename-field",
        mixinStandardHelpOptions = true,
        description = "Renames a field of an entity: a new migration renames its column (rows kept; existing "
                + "migrations are never edited), and the field is renamed in every class of the slice, its tests and "
                + "its JSON name, and wherever your own code uses what it contributed (found by resolving names, as "
                + "an IDE does).")
public final class RenameField implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ProjectOptions options;

    @Mixin
    private Timings timings;

    @Parameters(index = "0", paramLabel = "<Entity>", description = "The entity, e.g. Book.")
    private String name;

    @Parameters(index = "1", paramLabel = "<old>", description = "The field's name, e.g. title (or author for "
            + "author_id).")
    private String oldName;

    @Parameters(index = "2", paramLabel = "<new>", description = "Its new name, in camelCase or snake_case.")
    private String newName;

    @Option(names = "--keep-unresolved",
            description = "Go on when a name spelled like a renamed member cannot be resolved (a call on a library "
                    + "object, say): rename the rest and keep those as they are, listed on stderr.")
    private boolean keepUnresolved;

    @Override
    public Integer call() {
        Path projectDir = options.projectDir.toAbsolutePath().normalize();
        String entityName = EntityNames.require(name);
        timings.mark("parse");
        try (ProjectLock lock = ProjectChange.lock(projectDir, options, spec)) {
            ProjectMetadata metadata = ProjectMetadata.read(projectDir);
            EntityDefinition entity = AddField.existing(metadata, entityName);
            FieldDefinition field = field(entity, oldName);
            FieldDefinition renamed = renamed(entity, field, newName);
            List<FieldDefinition> fields = entity.fields().stream().map(f -> f == field ? renamed : f).toList();
            FieldRules.requireUsable(entityName, fields);
            List<EntityDefinition> entities = metadata.entities().stream()
                    .map(e -> e == entity ? new EntityDefinition(entityName, fields) : e).toList();

            Plan plan = new Plan(projectDir);
            List<String> kept = new FieldRenamePlanner(new TemplateRenderer()).plan(plan, metadata.project(),
                    metadata.entities(), entities, entityName, field, renamed, keepUnresolved);
            if (!ProjectChange.finish(plan, metadata, entities, options, timings, spec, lock)) {
                return 0;
            }
            kept.forEach(location -> spec.commandLine().getErr().println("kept unresolved: " + location));
            spec.commandLine().getOut().printf("renamed %s.%s to %s: %d files written%n", entityName, field.name(),
                    renamed.name(), plan.changes().size());
            return 0;
        }
    }

    /** The field named {@code raw}: its Java or column name, or for a reference its name without {@code Id}. */
    static FieldDefinition field(EntityDefinition entity, String raw) {
        String camel = Names.camel(raw);
        return entity.fields().stream()
                .filter(f -> f.name().equals(camel) || f.reference() != null && f.name().equals(camel + "Id"))
                .findFirst()
                .orElseThrow(() -> new UserError("field '" + raw + "' does not exist in entity " + entity.name()
                        + (entity.fields().isEmpty() ? ", which has no fields" : " (it has: " + String.join(", ",
                                entity.fields().stream().map(f -> Names.snake(f.name())).toList()) + ")")));
    }

    /** The field under its new name, checked by the rules of the field grammar (a reference's ends in Id). */
    private static FieldDefinition renamed(EntityDefinition entity, FieldDefinition field, String raw) {
        // The name rules do not depend on the type, except that a reference's name ends in Id.
        String newField = FieldParser.parse(raw + (field.reference() != null ? ":ref=" + field.reference()
                : ":string")).name();
        if (newField.equals(field.name())) {
            throw new UserError("field '" + Names.snake(field.name()) + "' of " + entity.name() + " is already "
                    + "named " + raw);
        }
        if (entity.fields().stream().anyMatch(f -> f.name().equals(newField))) {
            throw new UserError("field '" + Names.snake(newField) + "' already exists in entity " + entity.name());
        }
        return new FieldDefinition(newField, field.type(), field.enumValues(), field.required(), field.unique(),
                field.min(), field.max(), field.defaultValue(), field.reference(), field.cascade());
    }
}
