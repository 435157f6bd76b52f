package cleanarch.commands;

import cleanarch.Timings;
import cleanarch.UserError;
import cleanarch.naming.EntityNames;
import cleanarch.naming.Names;
import cleanarch.plan.Plan;
import cleanarch.plan.ProjectLock;
import cleanarch.project.EntityDefinition;
import cleanarch.project.EntityReferences;
import cleanarch.project.EntityRemovalPlanner;
import cleanarch.project.ProjectMetadata;
import cleanarch.render.TemplateRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "remove-entity",
        mixinStandardHelpOptions = true,
        description = "Removes an entity: a new migration dropping its table (existing migrations are never "
                + "edited), the files of its slice deleted, its beans taken out of DependencyContainer through "
                + "JavaParser. A file of the slice you edited is kept and listed, unless --force. Refused while "
                + "another entity refers to it or code you wrote uses its classes. The table's rows are lost: asks "
                + "first, or --yes.")
public final class RemoveEntity implements Callable<Integer> {

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

    @Option(names = "--force", description = "Delete the slice's files even those edited by hand.")
    private boolean force;

    @Parameters(index = "0", paramLabel = "<Entity>", description = "The entity to remove, e.g. Book.")
    private String name;

    @Override
    public Integer call() {
        Path projectDir = options.projectDir.toAbsolutePath().normalize();
        String entityName = EntityNames.require(name);
        timings.mark("parse");
        if (!options.dryRun) {
            // Asked before the lock is taken, so that no one waits on a person; checked again under the lock.
            ProjectMetadata known = ProjectMetadata.read(projectDir);
            requireUnreferenced(known, existing(known, entityName));
            dataLoss.confirm("remove-entity", "the table " + Names.pluralSnake(entityName) + " and every row in it",
                    prompting);
        }
        try (ProjectLock lock = ProjectChange.lock(projectDir, options, spec)) {
            return change(projectDir, lock, entityName);
        }
    }

    private Integer change(Path projectDir, ProjectLock lock, String entityName) {
        ProjectMetadata metadata = ProjectMetadata.read(projectDir);
        EntityDefinition entity = existing(metadata, entityName);
        requireUnreferenced(metadata, entity);
        List<EntityDefinition> entities = metadata.entities().stream().filter(other -> other != entity).toList();

        Plan plan = new Plan(projectDir);
        EntityRemovalPlanner.Outcome outcome = new EntityRemovalPlanner(new TemplateRenderer()).plan(plan,
                metadata.project(), entity, ProjectMetadata.byName(metadata.entities()), force);
        List<String> notes = new ArrayList<>(outcome.kept().stream()
                .map(file -> "kept: " + file + " (edited by hand; --force deletes it)").toList());
        RemainingUses.refuseIfAny(plan, List.of(), outcome.deleted(), "the classes of " + entityName, notes);
        ProjectChange.printNotes(notes, spec);
        if (!ProjectChange.finish(plan, metadata, entities, options, timings, spec, lock)) {
            return 0;
        }
        spec.commandLine().getOut().printf("removed %s: %d files changed%s%n", entityName, plan.changes().size(),
                outcome.kept().isEmpty() ? "" : ", " + outcome.kept().size() + " edited file(s) kept");
        return 0;
    }

    private static void requireUnreferenced(ProjectMetadata metadata, EntityDefinition entity) {
        List<String> references = EntityReferences.to(entity.name(), metadata.entities());
        if (!references.isEmpty()) {
            throw new UserError("entity " + entity.name() + " is referred to by " + String.join(", ", references)
                    + ": remove those fields first");
        }
    }

    static EntityDefinition existing(ProjectMetadata metadata, String entityName) {
        return metadata.entities().stream()
                .filter(existing -> existing.name().equals(entityName)).findFirst()
                .orElseThrow(() -> new UserError("entity " + entityName + " does not exist in this project (it has: "
                        + (metadata.entities().isEmpty() ? "none" : String.join(", ",
                                metadata.entities().stream().map(EntityDefinition::name).toList())) + ")"));
    }
}
