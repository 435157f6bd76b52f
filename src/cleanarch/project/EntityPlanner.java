package cleanarch.project;

import cleanarch.UserError;
import cleanarch.edit.JavaMerge;
import cleanarch.plan.Plan;
import cleanarch.render.TemplatePaths;
import cleanarch.render.TemplateRenderer;
import java.util.HashMap;
import java.util.Map;

/**
 * Plans one entity's vertical slice: renders every file under {@code templates/entity} (one enum file per enum
 * field), numbers its migration, and adds its beans to the project's {@code DependencyContainer} through
 * JavaParser, leaving the rest of that file as it was. A new project's {@code DependencyContainer} is rendered
 * with its entities' beans instead (see {@link ProjectView}), the same text without parsing any Java.
 */
public final class EntityPlanner {

    static final String ENUM_TEMPLATE_MARKER = "{Enum}";

    private final TemplateRenderer renderer;

    public EntityPlanner(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * Plans the entity's files and adds its beans to the project's {@code DependencyContainer}.
     *
     * @param project every entity of the project, this one included, by name: what the tests need to know of the
     *     entities this one refers to
     */
    public void plan(Plan plan, ProjectSettings settings, EntityDefinition definition,
            Map<String, EntityDefinition> project) {
        EntityView entity = new EntityView(definition, settings.packageName(), project);
        createFiles(plan, settings, entity);
        addBeans(plan, settings, entity);
    }

    /**
     * Plans the entity's files alone: for a new project, whose {@code DependencyContainer} is rendered with the
     * entity's beans already in it.
     */
    public void planFiles(Plan plan, ProjectSettings settings, EntityDefinition definition,
            Map<String, EntityDefinition> project) {
        createFiles(plan, settings, new EntityView(definition, settings.packageName(), project));
    }

    private static Map<String, Object> context(ProjectSettings settings, EntityView entity) {
        Map<String, Object> context = new HashMap<>();
        context.put("packageName", settings.packageName());
        context.put("entity", entity);
        return context;
    }

    private void createFiles(Plan plan, ProjectSettings settings, EntityView entity) {
        Map<String, Object> context = context(settings, entity);
        Map<String, String> placeholders = Map.of(
                "{package}", settings.packagePath(),
                "{Entity}", entity.getName(),
                "{table}", entity.getTable(),
                "{version}", MigrationVersions.next(plan).toString());
        for (String template : renderer.list("entity")) {
            if (template.contains(ENUM_TEMPLATE_MARKER)) {
                for (FieldView field : entity.getEnumFields()) {
                    Map<String, Object> fieldContext = new HashMap<>(context);
                    fieldContext.put("field", field);
                    Map<String, String> enumPlaceholders = new HashMap<>(placeholders);
                    enumPlaceholders.put(ENUM_TEMPLATE_MARKER, field.getEnumType());
                    String path = TemplatePaths.target(template, enumPlaceholders);
                    plan.createNew(path, renderer.render(template, fieldContext));
                }
            } else {
                String path = TemplatePaths.target(template, placeholders);
                plan.createNew(path, renderer.render(template, context));
            }
        }
    }

    private void addBeans(Plan plan, ProjectSettings settings, EntityView entity) {
        String container = "src/main/java/" + settings.packagePath() + "/DependencyContainer.java";
        String source = plan.read(container).orElseThrow(() -> new UserError(container + " is missing: the "
                + entity.getName() + " beans cannot be added to it"));
        plan.update(container, JavaMerge.merge(container, source,
                renderer.render("snippets/DependencyContainer.java.peb", context(settings, entity))));
    }
}
