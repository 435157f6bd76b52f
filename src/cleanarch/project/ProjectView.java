package cleanarch.project;

import cleanarch.Version;
import cleanarch.edit.ImportOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The variables the project templates see. */
final class ProjectView {

    private ProjectView() {
    }

    /** @param entities the entities the project starts with, whose beans {@code DependencyContainer} declares */
    static Map<String, Object> of(ProjectSettings settings, String adminToken, List<EntityView> entities) {
        Map<String, Object> context = new HashMap<>();
        context.put("name", settings.name());
        context.put("groupId", settings.groupId());
        context.put("packageName", settings.packageName());
        context.put("servicePrefix", settings.servicePrefix());
        context.put("port", settings.port());
        context.put("example", settings.example());
        context.put("adminToken", adminToken);
        context.put("packagePath", settings.packagePath());
        context.put("servicePrefixDefault",
                settings.servicePrefix().isEmpty() ? "(none)" : "`" + settings.servicePrefix() + "`");
        context.put("databaseName", settings.name().replace('-', '_'));
        // Each project gets its own embedded database port, so that two generated services can run side by side.
        context.put("embeddedDatabasePort", 54000 + Math.floorMod(settings.name().hashCode(), 1000));
        context.put("generatorVersion", Version.GENERATOR);
        context.put("entities", entities);
        context.put("containerImports", containerImports(settings.packageName(), entities));
        return context;
    }

    /**
     * What {@code DependencyContainer} imports: those of its own beans (the clock and the service context), then
     * each entity's placed as {@code add-entity} places them, so that the file is the same as if the entities had
     * been added to it one by one.
     */
    private static List<String> containerImports(String packageName, List<EntityView> entities) {
        List<String> own = List.of(
                packageName + ".domain.repositories.ServiceContextRepository",
                packageName + ".infrastructure.entities.ServiceContextEntity",
                packageName + ".infrastructure.repositories.ServiceContextRepositoryAdapter",
                packageName + ".services.ServiceContextService",
                "java.time.Clock",
                "org.springframework.context.annotation.Bean",
                "org.springframework.context.annotation.Configuration",
                "org.springframework.data.jpa.repository.JpaRepository");
        List<String> added = new ArrayList<>();
        entities.forEach(entity -> added.addAll(entity.getContainerImports()));
        return ImportOrder.with(own, added);
    }
}
