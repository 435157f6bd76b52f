package cleanarch.project;

import cleanarch.UserError;
import cleanarch.edit.JavaMerge;
import cleanarch.plan.Plan;
import cleanarch.render.TemplatePaths;
import cleanarch.render.TemplateRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans new fields of an existing entity: an add-only migration, an edit through JavaParser of every class of the
 * slice, an enum type per enum field, and a test per field. Nothing the user added to those classes is touched,
 * and an existing migration is never edited.
 *
 * <p>The edit of each class merges into it what the very file {@code templates/entity} renders for an entity holding
 * the new fields alone has beyond the file it renders for no fields ({@link JavaMerge}): what a field contributes
 * to a class is written once, in that class's template, whether the entity is new or grows.
 */
public final class FieldPlanner {

    /** The slice's classes that hold its fields, by the template that renders them. */
    static final List<String> SLICE_CLASSES = List.of(
            "entity/src/main/java/{package}/api/schemas/{Entity}CreateRequest.java.peb",
            "entity/src/main/java/{package}/api/schemas/{Entity}Response.java.peb",
            "entity/src/main/java/{package}/api/schemas/{Entity}UpdateRequest.java.peb",
            "entity/src/main/java/{package}/domain/models/{Entity}.java.peb",
            "entity/src/main/java/{package}/infrastructure/entities/{Entity}Entity.java.peb",
            "entity/src/main/java/{package}/infrastructure/repositories/{Entity}RepositoryAdapter.java.peb");

    private final TemplateRenderer renderer;

    public FieldPlanner(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    /** @param project every entity of the project by name, for the tests of new references */
    public void plan(Plan plan, ProjectSettings settings, EntityDefinition existing, List<FieldDefinition> added,
            Map<String, EntityDefinition> project) {
        EntityView newFields = new EntityView(new EntityDefinition(existing.name(), added), settings.packageName());
        List<FieldDefinition> all = new ArrayList<>(existing.fields());
        all.addAll(added);
        EntityView entity = new EntityView(new EntityDefinition(existing.name(), all), settings.packageName(), project);

        Map<String, Object> context = context(settings, newFields);
        Map<String, Object> skeletonContext = context(settings,
                new EntityView(new EntityDefinition(existing.name(), List.of()), settings.packageName()));
        Map<String, String> placeholders = Map.of(
                "{package}", settings.packagePath(),
                "{Entity}", existing.name(),
                "{table}", entity.getTable(),
                "{columns}", String.join("_", newFields.getFields().stream().map(FieldView::getColumn).toList()),
                "{version}", MigrationVersions.next(plan).toString());
        for (String template : SLICE_CLASSES) {
            String path = TemplatePaths.target(template, placeholders);
            String source = plan.read(path).orElseThrow(() -> new UserError(path + " is missing: the new fields "
                    + "cannot be added to it"));
            plan.update(path, editClass(template, path, source, context, skeletonContext));
        }

        String migration = "field/src/main/resources/db/migration/V{version}__add_{columns}_to_{table}.sql.peb";
        String migrationPath = TemplatePaths.target(migration, placeholders);
        plan.createNew(migrationPath, renderer.render(migration, context));

        for (FieldView field : newFields.getFields()) {
            Map<String, Object> fieldContext = new HashMap<>(context);
            fieldContext.put("field", field);
            fieldContext.put("entity", entity);
            Map<String, String> fieldPlaceholders = new HashMap<>(placeholders);
            fieldPlaceholders.put("{Field}", field.getCapitalized());
            fieldPlaceholders.put("{Enum}", field.getEnumType());
            if (field.isEnum()) {
                String enumTemplate = "entity/src/main/java/{package}/domain/models/{Enum}.java.peb";
                String enumPath = TemplatePaths.target(enumTemplate, fieldPlaceholders);
                plan.createNew(enumPath, renderer.render(enumTemplate, fieldContext));
            }
            if (field.isSampled()) {
                String test = "field/src/test/java/{package}/api/controllers/{Entity}{Field}FieldIT.java.peb";
                String testPath = TemplatePaths.target(test, fieldPlaceholders);
                plan.createNew(testPath, renderer.render(test, fieldContext));
            }
        }
    }

    /**
     * One slice class with {@code added} fields merged into it: what the class's template renders for those fields
     * beyond what it renders for none.
     *
     * @param template one of {@link #SLICE_CLASSES}
     */
    public String editClass(String template, String path, String source, ProjectSettings settings, String entityName,
            List<FieldDefinition> added) {
        return editClass(template, path, source,
                context(settings, new EntityView(new EntityDefinition(entityName, added), settings.packageName())),
                context(settings, new EntityView(new EntityDefinition(entityName, List.of()), settings.packageName())));
    }

    private String editClass(String template, String path, String source, Map<String, Object> context,
            Map<String, Object> skeletonContext) {
        return JavaMerge.merge(path, source, renderer.render(template, context),
                renderer.render(template, skeletonContext));
    }

    private static Map<String, Object> context(ProjectSettings settings, EntityView entity) {
        Map<String, Object> context = new HashMap<>();
        context.put("packageName", settings.packageName());
        context.put("entity", entity);
        return context;
    }
}
