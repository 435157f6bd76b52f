package cleanarch.project;

import cleanarch.UserError;
import cleanarch.edit.JavaRemoval;
import cleanarch.plan.Plan;
import cleanarch.render.TemplatePaths;
import cleanarch.render.TemplateRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans the removal of an entity, the inverse of {@link EntityPlanner}: a migration dropping its table, the files
 * of its slice deleted, and its beans taken out of {@code DependencyContainer} through JavaParser. A file of the
 * slice that differs from what the generator writes for the entity now was edited by hand: it is kept, and
 * listed, unless forced. Migrations already written are never touched.
 */
public final class EntityRemovalPlanner {

    static final String MIGRATION = "removal/src/main/resources/db/migration/V{version}__drop_{table}.sql.peb";

    private final TemplateRenderer renderer;

    public EntityRemovalPlanner(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * @param kept    the files kept as edited by hand, each with why
     * @param deleted the qualified names of the classes deleted, which code elsewhere may still use
     */
    public record Outcome(List<String> kept, List<String> deleted) {
    }

    /** @param project every entity of the project before the removal, by name */
    public Outcome plan(Plan plan, ProjectSettings settings, EntityDefinition entity,
            Map<String, EntityDefinition> project, boolean force) {
        SliceFiles slice = new SliceFiles(renderer, settings);
        List<String> kept = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        for (SliceFiles.SliceFile file : slice.files(entity)) {
            Optional<String> source = plan.read(file.path());
            if (source.isEmpty()) {
                continue;
            }
            boolean generated = file.isTest()
                    ? slice.writtenFor(file, source.get(), entity, project).isPresent()
                    : source.get().equals(slice.renderMain(file, entity, project));
            if (generated || force) {
                plan.delete(file.path());
                deleted.add(qualifiedName(file.path()));
            } else {
                kept.add(file.path());
            }
        }
        removeBeans(plan, settings, entity, project);

        EntityView view = new EntityView(entity, settings.packageName());
        Map<String, String> placeholders = Map.of("{table}", view.getTable(),
                "{version}", MigrationVersions.next(plan).toString());
        plan.createNew(TemplatePaths.target(MIGRATION, placeholders), renderer.render(MIGRATION,
                Map.of("packageName", settings.packageName(), "entity", view)));
        return new Outcome(List.copyOf(kept), List.copyOf(deleted));
    }

    private void removeBeans(Plan plan, ProjectSettings settings, EntityDefinition entity,
            Map<String, EntityDefinition> project) {
        String container = "src/main/java/" + settings.packagePath() + "/DependencyContainer.java";
        String source = plan.read(container).orElseThrow(() -> new UserError(container + " is missing: the "
                + entity.name() + " beans cannot be taken out of it"));
        Map<String, Object> context = new HashMap<>();
        context.put("packageName", settings.packageName());
        context.put("entity", new EntityView(entity, settings.packageName(), project));
        String beans = renderer.render("snippets/DependencyContainer.java.peb", context);
        String edited = JavaRemoval.remove(container, source, beans);
        if (!edited.equals(source)) {
            plan.update(container, edited);
        }
    }

    /** {@code src/main/java/com/example/Book.java} as {@code com.example.Book}. */
    private static String qualifiedName(String path) {
        String relative = path.replaceFirst("^src/(main|test)/java/", "");
        return relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
    }
}
