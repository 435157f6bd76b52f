package cleanarch.project;

import cleanarch.Version;
import java.util.HashMap;
import java.util.Map;

/** The variables the project templates see. */
final class ProjectView {

    private ProjectView() {
    }

    static Map<String, Object> of(ProjectSettings settings, String adminToken) {
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
        return context;
    }
}
