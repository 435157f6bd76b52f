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
 * slice (model, JPA entity, request and response schemas, the adapter's filters), an enum type per enum field, and
 * a test per field. Nothing the user added to those classes is touched, and an existing migration is never edited.
 */
public final class FieldPlanner {

    /** Each slice class, with the snippet that holds what a new field adds to it. */
    private static final Map<String, String> EDITS = Map.of(
            "domain/models/%s.java", "field/snippets/Model.java.peb",
            "infrastructure/entities/%sEntity.java", "field/snippets/Entity.java.peb",
            "api/schemas/%sCreateRequest.java", "field/snippets/CreateRequest.java.peb",
            "api/schemas/%sUpdateRequest.java", "field/snippets/UpdateRequest.java.peb",
            "api/schemas/%sResponse.java", "field/snippets/Response.java.peb",
            "infrastructure/repositories/%sRepositoryAdapter.java", "field/snippets/RepositoryAdapter.java.peb");

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

        Map<String, Object> context = new HashMap<>();
        context.put("packageName", settings.packageName());
        context.put("entity", newFields);
        context.put("hadFields", !existing.fields().isEmpty());
        context.put("adapterImports", adapterImports(newFields, settings.packageName()));
        String base = "src/main/java/" + settings.packagePath() + "/";
        for (Map.Entry<String, String> edit : EDITS.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            String path = base + edit.getKey().formatted(existing.name());
            String source = plan.read(path).orElseThrow(() -> new UserError(path + " is missing: the new fields "
                    + "cannot be added to it"));
            plan.update(path, JavaMerge.merge(path, source, renderer.render(edit.getValue(), context)));
        }

        Map<String, String> placeholders = Map.of(
                "{package}", settings.packagePath(),
                "{Entity}", existing.name(),
                "{table}", entity.getTable(),
                "{columns}", String.join("_", newFields.getFields().stream().map(FieldView::getColumn).toList()),
                "{version}", MigrationVersions.next(plan).toString());
        String migration = "field/src/main/resources/db/migration/V{version}__add_{columns}_to_{table}.sql.peb";
        String migrationPath = TemplatePaths.target(migration, placeholders);
        plan.createNew(migrationPath, renderer.render(migration, context));

        for (FieldView field : newFields.getFields()) {
            if (!field.isSampled()) {
                continue;
            }
            Map<String, Object> fieldContext = new HashMap<>(context);
            fieldContext.put("field", field);
            fieldContext.put("entity", entity);
            Map<String, String> fieldPlaceholders = new HashMap<>(placeholders);
            fieldPlaceholders.put("{Field}", field.getCapitalized());
            fieldPlaceholders.put("{Enum}", field.getEnumType());
            String test = "field/src/test/java/{package}/api/controllers/{Entity}{Field}FieldIT.java.peb";
            String testPath = TemplatePaths.target(test, fieldPlaceholders);
            plan.createNew(testPath, renderer.render(test, fieldContext));
            if (field.isEnum()) {
                String enumTemplate = "entity/src/main/java/{package}/domain/models/{Enum}.java.peb";
                String enumPath = TemplatePaths.target(enumTemplate, fieldPlaceholders);
                plan.createNew(enumPath, renderer.render(enumTemplate, fieldContext));
            }
        }
    }

    /** The adapter needs the filter's types, and the list types too when it gets its first filter. */
    private static List<String> adapterImports(EntityView newFields, String packageName) {
        return newFields.getAdapterImports().stream()
                .filter(name -> !name.equals(packageName + ".domain.models." + newFields.getName()))
                .toList();
    }
}
