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
import cleanarch.project.FieldPlanner;
import cleanarch.project.ProjectMetadata;
import cleanarch.render.TemplateRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "add-field",
        mixinStandardHelpOptions = true,
        description = "Adds fields to an existing entity: a new migration (ALTER TABLE ... ADD COLUMN; existing "
                + "migrations are never edited), the field in every class of the slice (edited through JavaParser: "
                + "methods, fields and comments you added stay as they were), and a test per field.",
        footerHeading = "%nFields:%n",
        footer = {
            "  Same grammar as add-entity: name:type[:modifier]...",
            "  A required field needs default=VALUE, since the table may already hold rows:",
            "    add-field Book pages:int:required:default=0"})
public final class AddField implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ProjectOptions options;

    @Mixin
    private Timings timings;

    @Parameters(index = "0", paramLabel = "<Entity>", description = "The entity to extend, e.g. Book.")
    private String name;

    @Mixin
    private Prompting prompting;

    @Parameters(index = "1..*", paramLabel = "<field>",
            description = "Fields, as name:type[:modifier]... On a terminal, given none, they are asked for one by "
                    + "one.")
    private List<String> fieldSpecs = new ArrayList<>();

    @Override
    public Integer call() {
        Path projectDir = options.projectDir.toAbsolutePath().normalize();
        String entityName = EntityNames.require(name);
        List<FieldDefinition> added = FieldParser.parseAll(fieldSpecs);
        if (fieldSpecs.isEmpty()) {
            Prompter prompter = prompting.prompter().orElseThrow(
                    () -> new ParameterException(spec.commandLine(), "Missing required parameter: '<field>'"));
            // Asked before the lock is taken, so that no one waits on a person; checked again under the lock.
            ProjectMetadata known = ProjectMetadata.read(projectDir);
            added = askForFields(prompter, known, existing(known, entityName));
        }
        timings.mark("parse");
        try (ProjectLock lock = ProjectChange.lock(projectDir, options, spec)) {
            return change(projectDir, lock, entityName, added);
        }
    }

    private Integer change(Path projectDir, ProjectLock lock, String entityName, List<FieldDefinition> added) {
        ProjectMetadata metadata = ProjectMetadata.read(projectDir);
        EntityDefinition entity = existing(metadata, entityName);
        List<FieldDefinition> all = new ArrayList<>(entity.fields());
        all.addAll(added);
        FieldRules.requireUsable(entityName, all);
        FieldRules.requireReferencesExist(entityName, added, metadata.entityNames());
        for (FieldDefinition field : added) {
            if (field.required() && field.defaultValue() == null) {
                throw new UserError("field '" + field.name() + "' is required but " + entity.name() + " may already "
                        + "have rows: give it a default, as in " + Names.snake(field.name()) + ":"
                        + field.type().token() + ":required:default=VALUE");
            }
        }

        List<EntityDefinition> entities = metadata.entities().stream()
                .map(existing -> existing == entity ? new EntityDefinition(entity.name(), all) : existing)
                .toList();
        Plan plan = new Plan(projectDir);
        new FieldPlanner(new TemplateRenderer()).plan(plan, metadata.project(), entity, added,
                ProjectMetadata.byName(entities));
        if (!ProjectChange.finish(plan, metadata, entities, options, timings, spec, lock)) {
            return 0;
        }
        spec.commandLine().getOut().printf("added %d field(s) to %s: %d files written%n", added.size(), entityName,
                plan.changes().size());
        return 0;
    }

    static EntityDefinition existing(ProjectMetadata metadata, String entityName) {
        return metadata.entities().stream()
                .filter(existing -> existing.name().equals(entityName)).findFirst()
                .orElseThrow(() -> new UserError("entity " + entityName + " does not exist in this project (it has: "
                        + String.join(", ", metadata.entities().stream().map(EntityDefinition::name).toList())
                        + ")"));
    }

    /** Asks for the fields to add, then shows them and asks whether to go on; no means nothing is written. */
    private static List<FieldDefinition> askForFields(Prompter prompter, ProjectMetadata metadata,
            EntityDefinition entity) {
        List<FieldDefinition> added = FieldParser.parseAll(FieldPrompts.forExistingEntity(prompter, entity.name(),
                metadata.entityNames(), entity.fields()).ask());
        if (added.isEmpty()) {
            throw new UserError("no fields given: nothing was written");
        }
        prompter.say("");
        FieldTable.print(List.of(new EntityDefinition(entity.name(), added)), prompter.out());
        prompter.say("");
        if (!prompter.confirm("Add " + (added.size() == 1 ? "this field" : "these " + added.size() + " fields")
                + " to " + entity.name() + "?", true)) {
            throw new UserError("cancelled: nothing was written");
        }
        return added;
    }
}
