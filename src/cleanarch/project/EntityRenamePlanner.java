package cleanarch.project;

import cleanarch.edit.JavaRename;
import cleanarch.edit.JavaRename.Rendered;
import cleanarch.plan.Plan;
import cleanarch.render.TemplatePaths;
import cleanarch.render.TemplateRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans the rename of an entity: a new migration renaming its table (rows kept), the table's identity sequence,
 * primary key, the constraints and indexes named after the table; and the rename through the project's Java sources
 * ({@link JavaRename}): the slice's classes and files, its enum types and tests, its routes and table names, its
 * beans in {@code DependencyContainer}, the tests of the entities that refer to it, and every use of a renamed
 * class or bean in hand-written code. The fields of other entities that refer to it keep their names (they are
 * the user's): only what they refer to changes.
 */
public final class EntityRenamePlanner {

    private static final String MIGRATION =
            "rename/src/main/resources/db/migration/V{version}__rename_{table}_to_{newTable}.sql.peb";
    private static final String BEANS = "snippets/DependencyContainer.java.peb";

    private final TemplateRenderer renderer;

    public EntityRenamePlanner(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * @param before the project's entities, as they are
     * @param after  the same entities, in the same order: the entity renamed, references to it too
     * @return the unresolved names kept (see {@link JavaRename#plan})
     */
    public List<String> plan(Plan plan, ProjectSettings settings, List<EntityDefinition> before,
            List<EntityDefinition> after, int renamed, boolean keepUnresolved) {
        EntityView old = new EntityView(before.get(renamed), settings.packageName());
        EntityView next = new EntityView(after.get(renamed), settings.packageName());
        String oldPrefix = old.getTable() + "_";
        String newPrefix = next.getTable() + "_";
        List<Map<String, String>> constraints = new ArrayList<>();
        constraints.add(FieldRenamePlanner.rename(oldPrefix + "pkey", newPrefix + "pkey"));
        List<Map<String, String>> indexes = new ArrayList<>();
        for (FieldView field : old.getFields()) {
            for (String suffix : ColumnConstraints.constraintSuffixes(field.definition(), field.getSqlColumn())) {
                constraints.add(FieldRenamePlanner.rename(oldPrefix + field.getColumn() + suffix,
                        newPrefix + field.getColumn() + suffix));
            }
            if (ColumnConstraints.indexed(field.definition())) {
                indexes.add(FieldRenamePlanner.rename(oldPrefix + field.getColumn() + "_idx",
                        newPrefix + field.getColumn() + "_idx"));
            }
        }
        Map<String, Object> context = new HashMap<>();
        context.put("table", old.getSqlTable());
        context.put("newTable", next.getSqlTable());
        context.put("sequence", FieldRenamePlanner.rename(oldPrefix + "id_seq", newPrefix + "id_seq"));
        context.put("constraints", constraints);
        context.put("indexes", indexes);
        String path = TemplatePaths.target(MIGRATION, Map.of(
                "{version}", MigrationVersions.next(plan).toString(),
                "{table}", old.getTable(),
                "{newTable}", next.getTable()));
        plan.createNew(path, renderer.render(MIGRATION, context));

        List<Rendered> files = new ArrayList<>(new RenderedSlices(renderer, settings).between(before, after));
        String container = "src/main/java/" + settings.packagePath() + "/DependencyContainer.java";
        files.add(new Rendered(container, container, beans(settings, old), beans(settings, next)));
        return new JavaRename(plan.root()).plan(plan, files, keepUnresolved);
    }

    /** The entity's beans, as the class {@code add-entity} merges into {@code DependencyContainer}. */
    private String beans(ProjectSettings settings, EntityView entity) {
        Map<String, Object> context = new HashMap<>();
        context.put("packageName", settings.packageName());
        context.put("entity", entity);
        return renderer.render(BEANS, context);
    }
}
