package cleanarch.project;

import cleanarch.naming.Names;
import cleanarch.render.TemplatePaths;
import cleanarch.render.TemplateRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the generator writes for one entity's slice, rendered again from its definition: the files a removal
 * compares with the project's to tell the generator's text from the user's.
 *
 * <p>Main classes follow the one-path rule: they are what {@code templates/entity} renders for the entity's
 * current fields. Test classes are written once and not edited by {@code add-field}: the entity's tests hold the
 * fields it had when it was created, a field's test those it had when that field was added. Since fields are
 * only ever appended (and removed), those are a prefix of its fields now, and {@link #testVersions} renders
 * each of them.
 */
public final class SliceFiles {

    /** The folder of the per-field templates ({@code add-field}'s), each with {@code {Field}} in its path. */
    static final String FIELD_TEMPLATES = "field";
    static final String FIELD_MARKER = "{Field}";
    private static final String TEST_ROOT = "src/test/";

    private final TemplateRenderer renderer;
    private final ProjectSettings settings;

    public SliceFiles(TemplateRenderer renderer, ProjectSettings settings) {
        this.renderer = renderer;
        this.settings = settings;
    }

    /** One file of the slice: the template it comes from and the project path it renders to. */
    public record SliceFile(String template, String path, FieldView field) {

        public boolean isTest() {
            return path.startsWith(TEST_ROOT);
        }
    }

    /**
     * Every file the generator may have written for the entity but its migrations: the entity's templates (an
     * enum type per enum field) and every per-field test, for each field.
     */
    public List<SliceFile> files(EntityDefinition entity) {
        EntityView view = new EntityView(entity, settings.packageName());
        List<SliceFile> files = new ArrayList<>();
        for (String template : renderer.list("entity")) {
            if (template.contains(EntityPlanner.ENUM_TEMPLATE_MARKER)) {
                for (FieldView field : view.getEnumFields()) {
                    files.add(new SliceFile(template, path(template, entity, field), field));
                }
            } else if (!isMigration(template)) {
                files.add(new SliceFile(template, path(template, entity, null), null));
            }
        }
        for (FieldView field : view.getFields()) {
            files.addAll(fieldFiles(entity, field));
        }
        return files;
    }

    /** The per-field files of one field (its tests), whatever templates the generator has for them. */
    public List<SliceFile> fieldFiles(EntityDefinition entity, FieldView field) {
        List<SliceFile> files = new ArrayList<>();
        for (String template : renderer.list(FIELD_TEMPLATES)) {
            if (template.contains(FIELD_MARKER) && !isMigration(template)) {
                files.add(new SliceFile(template, path(template, entity, field), field));
            }
        }
        return files;
    }

    /** The main classes and enum types: what the generator writes now for the entity's fields. */
    public String renderMain(SliceFile file, EntityDefinition entity, Map<String, EntityDefinition> project) {
        return renderer.render(file.template(), context(entity, project, file.field()));
    }

    /**
     * Each text a test file may hold as the generator wrote it, by the fields it was written for: for an
     * entity's test, each prefix of the entity's fields, longest first; for a field's test, each prefix that
     * holds the field.
     */
    public Map<List<FieldDefinition>, String> testVersions(SliceFile file, EntityDefinition entity,
            Map<String, EntityDefinition> project) {
        Map<List<FieldDefinition>, String> versions = new LinkedHashMap<>();
        List<FieldDefinition> fields = entity.fields();
        for (int size = fields.size(); size >= 0; size--) {
            List<FieldDefinition> prefix = List.copyOf(fields.subList(0, size));
            if (file.field() != null && !prefix.contains(file.field().definition())) {
                break;
            }
            versions.put(prefix, renderTest(file, new EntityDefinition(entity.name(), prefix), project));
        }
        return versions;
    }

    /** A test file as the generator writes it for {@code entity} (whose fields hold the file's field, if any). */
    public String renderTest(SliceFile file, EntityDefinition entity, Map<String, EntityDefinition> project) {
        return renderer.render(file.template(), context(entity, project, file.field()));
    }

    /** The version of a test file, among {@link #testVersions}, that {@code content} is exactly. */
    public Optional<List<FieldDefinition>> writtenFor(SliceFile file, String content, EntityDefinition entity,
            Map<String, EntityDefinition> project) {
        return testVersions(file, entity, project).entrySet().stream()
                .filter(version -> version.getValue().equals(content)).map(Map.Entry::getKey).findFirst();
    }

    private Map<String, Object> context(EntityDefinition entity, Map<String, EntityDefinition> project,
            FieldView field) {
        Map<String, EntityDefinition> withEntity = new HashMap<>(project);
        withEntity.put(entity.name(), entity);
        Map<String, Object> context = new HashMap<>();
        context.put("packageName", settings.packageName());
        context.put("entity", new EntityView(entity, settings.packageName(), withEntity));
        if (field != null) {
            // A field's own view, as add-field and add-entity render it: numbered within a list of its own.
            context.put("field", new EntityView(new EntityDefinition(entity.name(), List.of(field.definition())),
                    settings.packageName()).getFields().get(0));
        }
        return context;
    }

    private String path(String template, EntityDefinition entity, FieldView field) {
        Map<String, String> placeholders = new HashMap<>();
        placeholders.put("{package}", settings.packagePath());
        placeholders.put("{Entity}", entity.name());
        placeholders.put("{table}", Names.pluralSnake(entity.name()));
        if (field != null) {
            placeholders.put(FIELD_MARKER, field.getCapitalized());
            placeholders.put(EntityPlanner.ENUM_TEMPLATE_MARKER, field.getEnumType());
        }
        return TemplatePaths.target(template, placeholders);
    }

    private static boolean isMigration(String template) {
        return template.contains("/db/migration/");
    }
}
