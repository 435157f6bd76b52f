package cleanarch.project;

import cleanarch.edit.JavaRename.Rendered;
import cleanarch.render.TemplatePaths;
import cleanarch.render.TemplateRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every Java file of the project's slices as the generator renders it before a rename and after it: the classes
 * and tests of each entity ({@code templates/entity}), its enum types, and the test of each field added later
 * ({@code templates/field}). The entities before and after are the same list, one of them renamed or with a field
 * renamed; an entity with a reference is rendered too, since its tests create rows of the entities it refers to.
 */
public final class RenderedSlices {

    private static final String FIELD_TEST =
            "field/src/test/java/{package}/api/controllers/{Entity}{Field}FieldIT.java.peb";

    private final TemplateRenderer renderer;
    private final ProjectSettings settings;

    public RenderedSlices(TemplateRenderer renderer, ProjectSettings settings) {
        this.renderer = renderer;
        this.settings = settings;
    }

    /** The files that differ, in content or path, between the two lists of entities (paired by position). */
    public List<Rendered> between(List<EntityDefinition> before, List<EntityDefinition> after) {
        Map<String, EntityDefinition> oldProject = ProjectMetadata.byName(before);
        Map<String, EntityDefinition> newProject = ProjectMetadata.byName(after);
        List<Rendered> files = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            EntityDefinition old = before.get(i);
            EntityDefinition renamed = after.get(i);
            boolean refers = old.fields().stream().anyMatch(field -> field.reference() != null);
            if (old.equals(renamed) && !refers) {
                continue;
            }
            EntityView oldView = new EntityView(old, settings.packageName(), oldProject);
            EntityView newView = new EntityView(renamed, settings.packageName(), newProject);
            for (String template : renderer.list("entity")) {
                if (!template.endsWith(".java" + TemplateRenderer.TEMPLATE_SUFFIX)) {
                    continue;
                }
                if (template.contains(EntityPlanner.ENUM_TEMPLATE_MARKER)) {
                    for (int f = 0; f < oldView.getFields().size(); f++) {
                        if (oldView.getFields().get(f).isEnum()) {
                            add(files, template, oldView, newView, f);
                        }
                    }
                } else {
                    add(files, template, oldView, newView, -1);
                }
            }
            for (int f = 0; f < oldView.getFields().size(); f++) {
                if (oldView.getFields().get(f).isSampled()) {
                    add(files, FIELD_TEST, oldView, newView, f);
                }
            }
        }
        return files;
    }

    private void add(List<Rendered> files, String template, EntityView oldView, EntityView newView, int field) {
        String oldPath = TemplatePaths.target(template, placeholders(oldView, field));
        String newPath = TemplatePaths.target(template, placeholders(newView, field));
        String before = renderer.render(template, context(oldView, field));
        String after = renderer.render(template, context(newView, field));
        if (!before.equals(after) || !oldPath.equals(newPath)) {
            files.add(new Rendered(oldPath, newPath, before, after));
        }
    }

    private Map<String, String> placeholders(EntityView entity, int field) {
        Map<String, String> placeholders = new HashMap<>(Map.of(
                "{package}", settings.packagePath(),
                "{Entity}", entity.getName(),
                "{table}", entity.getTable()));
        if (field >= 0) {
            FieldView view = entity.getFields().get(field);
            placeholders.put("{Field}", view.getCapitalized());
            placeholders.put(EntityPlanner.ENUM_TEMPLATE_MARKER, view.getEnumType());
        }
        return placeholders;
    }

    private Map<String, Object> context(EntityView entity, int field) {
        Map<String, Object> context = new HashMap<>();
        context.put("packageName", settings.packageName());
        context.put("entity", entity);
        if (field >= 0) {
            context.put("field", entity.getFields().get(field));
        }
        return context;
    }
}
