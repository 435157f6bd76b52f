package cleanarch.commands;

import cleanarch.Timings;
import cleanarch.UserError;
import cleanarch.naming.EntityNames;
import cleanarch.naming.Names;
import cleanarch.plan.Plan;
import cleanarch.plan.ProjectLock;
import cleanarch.project.EntityDefinition;
import cleanarch.project.EntityPlanner;
import cleanarch.project.FieldDefinition;
import cleanarch.project.FieldParser;
import cleanarch.project.ProjectMetadata;
import cleanarch.render.TemplateRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "add-entity",
        mixinStandardHelpOptions = true,
        description = "Adds an entity's complete slice to a generated project: domain model, repository port and "
                + "adapter, service, controller, request/response schemas, migration and tests, and its beans in "
                + "DependencyContainer (edited through JavaParser: everything else in that file stays as it was).",
        footerHeading = "%nFields:%n",
        footer = {
            "  name:type[:modifier]...   name in camelCase or snake_case",
            "  types:     string text int long decimal boolean date datetime uuid enum=A|B|C (quote it) ref=Entity",
            "  modifiers: required unique min=N max=N (length of strings, value of numbers) default=VALUE",
            "             cascade (ref only: deleting the referenced row deletes this one)",
            "Example:",
            "  add-entity Book title:string:required:max=200 price:decimal:min=0 published_on:date \\",
            "      'status:enum=DRAFT|PUBLISHED:default=DRAFT' isbn:string:unique author:ref=Author"})
public final class AddEntity implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ProjectOptions options;

    @Mixin
    private Timings timings;

    @Mixin
    private Prompting prompting;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<Name>",
            description = "Entity name in PascalCase, e.g. OrderLine. Asked for on a terminal when left out.")
    private String name;

    @Parameters(index = "1..*", paramLabel = "<field>",
            description = "Fields, as name:type[:modifier]... On a terminal, given none, they are asked for one by "
                    + "one (Enter on an empty name for none).")
    private List<String> fieldSpecs = new ArrayList<>();

    @Override
    public Integer call() {
        timings.mark("parse");
        Path projectDir = options.projectDir.toAbsolutePath().normalize();
        Optional<Prompter> prompter = prompting.prompter();
        if (name == null && prompter.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: '<Name>'");
        }
        String entityName = name == null ? null : EntityNames.require(name);
        List<FieldDefinition> fields = FieldParser.parseAll(fieldSpecs);
        if (prompter.isPresent() && (entityName == null || fieldSpecs.isEmpty())) {
            // The questions are asked before the lock is taken, so that no one waits on a person; what they
            // are checked against is read again, and checked again, under the lock.
            ProjectMetadata known = ProjectMetadata.read(projectDir);
            if (entityName == null) {
                entityName = prompter.get().ask("Entity name, in PascalCase (e.g. OrderLine)", null, answer -> {
                    String checked = EntityNames.require(answer);
                    requireNew(known, checked);
                    return checked;
                });
            }
            if (fieldSpecs.isEmpty()) {
                fields = askForFields(prompter.get(), known, entityName);
                timings.mark("ask");
            }
        }
        try (ProjectLock lock = ProjectChange.lock(projectDir, options, spec)) {
            return change(projectDir, lock, entityName, fields);
        }
    }

    private Integer change(Path projectDir, ProjectLock lock, String entityName, List<FieldDefinition> fields) {
        ProjectMetadata metadata = ProjectMetadata.read(projectDir);
        requireNew(metadata, entityName);
        FieldRules.requireUsable(entityName, fields);
        FieldRules.requireReferencesExist(entityName, fields, metadata.entityNames());

        EntityDefinition entity = new EntityDefinition(entityName, fields);
        List<EntityDefinition> entities = new ArrayList<>(metadata.entities());
        entities.add(entity);
        Plan plan = new Plan(projectDir);
        new EntityPlanner(new TemplateRenderer())
                .plan(plan, metadata.project(), entity, ProjectMetadata.byName(entities));
        if (!ProjectChange.finish(plan, metadata, entities, options, timings, spec, lock)) {
            return 0;
        }
        spec.commandLine().getOut().printf("added %s: %d files written, routes under /v1/%s%n", entityName,
                plan.changes().size(), Names.kebab(Names.pluralSnake(entityName)));
        return 0;
    }

    /** Asks for the fields, then shows them and asks whether to go on; no means nothing is written. */
    private static List<FieldDefinition> askForFields(Prompter prompter, ProjectMetadata metadata, String entityName) {
        List<String> specs = FieldPrompts.forNewEntity(prompter, entityName, metadata.entityNames()).ask();
        List<FieldDefinition> fields = FieldParser.parseAll(specs);
        prompter.say("");
        FieldTable.print(List.of(new EntityDefinition(entityName, fields)), prompter.out());
        prompter.say("");
        if (!prompter.confirm("Add entity " + entityName + " with " + (fields.isEmpty() ? "no fields"
                : fields.size() == 1 ? "this field" : "these " + fields.size() + " fields") + "?", true)) {
            throw new UserError("cancelled: nothing was written");
        }
        return fields;
    }

    private static void requireNew(ProjectMetadata metadata, String entityName) {
        requireNew(metadata.entities(), entityName);
    }

    /** Refuses a name that one of {@code entities} has, or whose table and route one of them uses. */
    static void requireNew(List<EntityDefinition> entities, String entityName) {
        String table = Names.pluralSnake(entityName);
        for (EntityDefinition existing : entities) {
            if (existing.name().equalsIgnoreCase(entityName)) {
                throw new UserError("entity " + existing.name() + " already exists in this project");
            }
            if (Names.pluralSnake(existing.name()).equals(table)) {
                throw new UserError("entity " + entityName + " would use the table and route of entity "
                        + existing.name() + " (" + table + ")");
            }
        }
    }
}
