package cleanarch.render;

import java.util.Map;

/**
 * Maps a bundled template to the project path it renders to. Templates are stored under the path they produce,
 * below a root folder ({@code project/}, {@code entity/}), with placeholders such as {@code {package}} for the
 * parts that vary, and a {@code .peb} suffix when they are templates rather than verbatim files.
 */
public final class TemplatePaths {

    private TemplatePaths() {
    }

    public static String target(String template, Map<String, String> placeholders) {
        String path = template.substring(template.indexOf('/') + 1);
        if (path.endsWith(TemplateRenderer.TEMPLATE_SUFFIX)) {
            path = path.substring(0, path.length() - TemplateRenderer.TEMPLATE_SUFFIX.length());
        }
        for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
            path = path.replace(placeholder.getKey(), placeholder.getValue());
        }
        if (path.contains("{")) {
            throw new IllegalStateException("unresolved placeholder in template path " + template);
        }
        return path;
    }

    public static boolean isTemplate(String template) {
        return template.endsWith(TemplateRenderer.TEMPLATE_SUFFIX);
    }

    /** Scripts a user runs directly; JAR entries do not keep file modes, so they are named here. */
    public static boolean isExecutable(String path) {
        return path.equals("mvnw") || path.startsWith("scripts/");
    }
}
