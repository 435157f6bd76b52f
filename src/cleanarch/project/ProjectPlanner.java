package cleanarch.project;

import cleanarch.Version;
import cleanarch.plan.Plan;
import cleanarch.render.TemplatePaths;
import cleanarch.render.TemplateRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Plans a new project: every file under {@code templates/project}, the optional example entity, the metadata. The
 * example's beans are rendered into {@code DependencyContainer} with the rest of it, so {@code init} parses no Java.
 */
public final class ProjectPlanner {

    private final TemplateRenderer renderer;

    public ProjectPlanner() {
        this(new TemplateRenderer());
    }

    public ProjectPlanner(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    public Plan plan(Path target, ProjectSettings settings, String adminToken) {
        Plan plan = new Plan(target);
        List<EntityDefinition> entities = settings.example() ? List.of(ExampleEntity.TODO) : List.of();
        Map<String, EntityDefinition> byName = ProjectMetadata.byName(entities);
        List<EntityView> views = entities.stream()
                .map(entity -> new EntityView(entity, settings.packageName(), byName)).toList();
        Map<String, Object> context = ProjectView.of(settings, adminToken, views);
        Map<String, String> placeholders = Map.of("{package}", settings.packagePath());
        for (String template : renderer.list("project")) {
            String path = TemplatePaths.target(template, placeholders);
            if (TemplatePaths.isTemplate(template)) {
                plan.create(path, renderer.render(template, context).getBytes(StandardCharsets.UTF_8),
                        TemplatePaths.isExecutable(path));
            } else {
                plan.create(path, renderer.read(template), TemplatePaths.isExecutable(path));
            }
        }
        EntityPlanner entityPlanner = new EntityPlanner(renderer);
        for (EntityDefinition entity : entities) {
            entityPlanner.planFiles(plan, settings, entity, byName);
        }
        plan.create(ProjectMetadata.FILE_NAME,
                ProjectMetadata.create(Version.GENERATOR, settings, entities).toJson());
        return plan;
    }
}
