package cleanarch.project;

import cleanarch.edit.JavaRename;
import cleanarch.naming.SqlNames;
import cleanarch.plan.Plan;
import cleanarch.render.TemplatePaths;
import cleanarch.render.TemplateRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans the rename of one field: a new migration renaming the column and the constraints and index named after
 * it (so that they keep the names the generator gives them, which the service's error handling reads), and the
 * rename through the project's Java sources ({@link JavaRename}): what the field contributes to each class of the
 * slice, its enum type and its test class, the JSON and column names, and every use of a renamed member in
 * hand-written code. Existing migrations are never edited.
 */
public final class FieldRenamePlanner {

    private static final String MIGRATION =
            "rename/src/main/resources/db/migration/V{version}__rename_{table}_{column}_to_{newColumn}.sql.peb";

    private final TemplateRenderer renderer;

    public FieldRenamePlanner(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * @param before the project's entities, as they are
     * @param after  the same entities, the field renamed
     * @return the unresolved names kept (see {@link JavaRename#plan})
     */
    public List<String> plan(Plan plan, ProjectSettings settings, List<EntityDefinition> before,
            List<EntityDefinition> after, String entityName, FieldDefinition field, FieldDefinition renamed,
            boolean keepUnresolved) {
        EntityDefinition entity = before.stream().filter(e -> e.name().equals(entityName)).findFirst().orElseThrow();
        EntityView view = new EntityView(entity, settings.packageName());
        FieldView old = new FieldView(field, entityName, -1);
        FieldView next = new FieldView(renamed, entityName, -1);

        Map<String, Object> context = new HashMap<>();
        context.put("table", view.getSqlTable());
        context.put("column", old.getSqlColumn());
        context.put("newColumn", next.getSqlColumn());
        List<Map<String, String>> constraints = new ArrayList<>();
        String prefix = view.getTable() + "_";
        for (String suffix : ColumnConstraints.constraintSuffixes(field, old.getSqlColumn())) {
            constraints.add(rename(prefix + old.getColumn() + suffix, prefix + next.getColumn() + suffix));
        }
        List<Map<String, String>> indexes = new ArrayList<>();
        if (ColumnConstraints.indexed(field)) {
            indexes.add(rename(old.getIndexName(), next.getIndexName()));
        }
        context.put("constraints", constraints);
        context.put("indexes", indexes);
        String path = TemplatePaths.target(MIGRATION, Map.of(
                "{version}", MigrationVersions.next(plan).toString(),
                "{table}", view.getTable(),
                "{column}", old.getColumn(),
                "{newColumn}", next.getColumn()));
        plan.createNew(path, renderer.render(MIGRATION, context));

        return new JavaRename(plan.root()).plan(plan, new RenderedSlices(renderer, settings).between(before, after),
                keepUnresolved);
    }

    static Map<String, String> rename(String from, String to) {
        return Map.of("from", SqlNames.identifier(from), "to", SqlNames.identifier(to));
    }
}
