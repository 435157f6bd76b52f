package cleanarch.commands;

import cleanarch.Timings;
import cleanarch.UserError;
import cleanarch.naming.EntityNames;
import cleanarch.naming.Names;
import cleanarch.plan.Plan;
import cleanarch.plan.ProjectLock;
import cleanarch.project.EntityDefinition;
import cleanarch.project.FieldDefinition;
import cleanarch.project.FieldRemovalPlanner;
import cleanarch.project.ProjectMetadata;
import cleanarch.render.TemplateRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "remove-field",
        mixinStandardHelpOptions = true,
        description = "Removes fields from an entity: a new migration dropping their columns (existing migrations "
                + "are never edited), what they contribute taken out of every class of the slice through JavaParser "
                + "(everything you wrote stays), their per-field tests and enum types deleted. Refused while code "
                + "you wrote still uses a removed member. The columns' data is lost: asks first, or --yes.")
public final class RemoveField implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ProjectOptions options;

    @Mixin
    private Timings timings;

    @Mixin
    private Prompting prompting;

    @Mixin
    private DataLoss dataLoss;

    @Option(names = "--force", description = "Delete enum types of the fields even if they were edited by hand.")
    private boolean force;

    @Parameters(index = "0", paramLabel = "<Entity>", description = "The entity, e.g. Book.")
    private String name;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "<field>",
            description = "The fields to remove, by name (camelCase or snake_case).")
    private List<String> fieldNames = new ArrayList<>();

    @Override
    public Integer call() {
        Path projectDir = options.projectDir.toAbsolutePath().normalize();
        String entityName = EntityNames.require(name);
        Set<String> names = new LinkedHashSet<>();
        for (String fieldName : fieldNames) {
            if (!names.add(Names.camel(fieldName))) {
                throw new UserError("field " + fieldName + " is named twice");
            }
        }
        timings.mark("parse");
        if (!options.dryRun) {
            // Asked before the lock is taken, so that no one waits on a person; checked again under the lock.
            ProjectMetadata known = ProjectMetadata.read(projectDir);
            List<FieldDefinition> removed = fields(RemoveEntity.existing(known, entityName), names);
            dataLoss.confirm("remove-field", "the column(s) " + String.join(", ", removed.stream()
                    .map(field -> Names.snake(field.name())).toList()) + " of " + Names.pluralSnake(entityName)
                    + " and every value in them", prompting);
        }
        try (ProjectLock lock = ProjectChange.lock(projectDir, options, spec)) {
            return change(projectDir, lock, entityName, names);
        }
    }

    private Integer change(Path projectDir, ProjectLock lock, String entityName, Set<String> names) {
        ProjectMetadata metadata = ProjectMetadata.read(projectDir);
        EntityDefinition entity = RemoveEntity.existing(metadata, entityName);
        List<FieldDefinition> removed = fields(entity, names);
        List<FieldDefinition> remaining = new ArrayList<>(entity.fields());
        remaining.removeAll(removed);
        List<EntityDefinition> entities = metadata.entities().stream()
                .map(existing -> existing == entity ? new EntityDefinition(entity.name(), remaining) : existing)
                .toList();

        Plan plan = new Plan(projectDir);
        FieldRemovalPlanner.Outcome outcome = new FieldRemovalPlanner(new TemplateRenderer()).plan(plan,
                metadata.project(), entity, removed, ProjectMetadata.byName(metadata.entities()), force);
        List<String> notes = new ArrayList<>(outcome.keptAsEdited().stream().map(kept -> "kept: " + kept).toList());
        RemainingUses.refuseIfAny(plan, outcome.removedMembers(), outcome.deletedTypes(),
                "the removed fields of " + entityName, notes);
        ProjectChange.printNotes(notes, spec);
        if (!ProjectChange.finish(plan, metadata, entities, options, timings, spec, lock)) {
            return 0;
        }
        spec.commandLine().getOut().printf("removed %d field(s) from %s: %d files changed%n", removed.size(),
                entityName, plan.changes().size());
        return 0;
    }

    /** The entity's fields named, in the order given; an unknown name is refused. */
    private static List<FieldDefinition> fields(EntityDefinition entity, Set<String> names) {
        List<FieldDefinition> fields = new ArrayList<>();
        for (String fieldName : names) {
            // A reference is named as in add-entity (author) or as its field and column (authorId, author_id).
            fields.add(entity.fields().stream().filter(field -> field.name().equals(fieldName)
                    || field.reference() != null && field.name().equals(fieldName + "Id")).findFirst()
                    .orElseThrow(() -> new UserError("entity " + entity.name() + " has no field "
                            + Names.snake(fieldName) + " (it has: " + (entity.fields().isEmpty() ? "none"
                            : String.join(", ", entity.fields().stream().map(f -> Names.snake(f.name())).toList()))
                            + ")")));
        }
        return fields;
    }
}
