package cleanarch.project;

import cleanarch.edit.JavaRemoval;
import cleanarch.plan.Plan;
import cleanarch.render.TemplatePaths;
import cleanarch.render.TemplateRenderer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans the removal of fields from an entity, the inverse of {@link FieldPlanner}: a migration dropping their
 * columns, their contributions taken out of every class of the slice through JavaParser, their enum types and
 * per-field tests deleted, and the entity's other tests rewritten without them.
 *
 * <p>What a field contributes to a class is found as {@code add-field} finds it: what the class's template renders
 * for the removed fields alone has beyond what it renders for the fields that stay ({@link JavaRemoval}). So a
 * removal follows the templates as they are, and leaves every line the user wrote.
 */
public final class FieldRemovalPlanner {

    static final String MIGRATION =
            "removal/src/main/resources/db/migration/V{version}__drop_{columns}_from_{table}.sql.peb";

    private final TemplateRenderer renderer;

    public FieldRemovalPlanner(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * What the plan leaves for the user to look at: test members kept as edited by hand, files kept because
     * they were edited, and the members removed (which code elsewhere may still use).
     */
    public record Outcome(List<String> keptAsEdited, List<JavaRemoval.Contribution> removedMembers,
            List<String> deletedTypes) {
    }

    /**
     * @param project every entity of the project as it is before the removal, by name
     * @param force   whether enum types edited by hand are deleted too
     */
    public Outcome plan(Plan plan, ProjectSettings settings, EntityDefinition entity, List<FieldDefinition> removed,
            Map<String, EntityDefinition> project, boolean force) {
        List<FieldDefinition> remaining = new ArrayList<>(entity.fields());
        remaining.removeAll(removed);
        EntityDefinition after = new EntityDefinition(entity.name(), remaining);
        Map<String, EntityDefinition> projectAfter = new HashMap<>(project);
        projectAfter.put(entity.name(), after);
        SliceFiles slice = new SliceFiles(renderer, settings);
        List<String> kept = new ArrayList<>();
        List<JavaRemoval.Contribution> members = new ArrayList<>();
        List<String> deletedTypes = new ArrayList<>();

        Map<String, Object> removedContext = context(settings, new EntityDefinition(entity.name(), removed));
        Map<String, Object> remainingContext = context(settings, after);
        Map<String, String> placeholders = Map.of("{package}", settings.packagePath(), "{Entity}", entity.name());
        for (String template : FieldPlanner.SLICE_CLASSES) {
            String path = TemplatePaths.target(template, placeholders);
            String snippet = renderer.render(template, removedContext);
            String base = renderer.render(template, remainingContext);
            members.addAll(JavaRemoval.contributions(path, snippet, base));
            Optional<String> source = plan.read(path);
            if (source.isPresent()) {
                plan.update(path, JavaRemoval.remove(path, source.get(), snippet, base));
            }
        }

        EntityView removedView = new EntityView(new EntityDefinition(entity.name(), removed), settings.packageName());
        for (FieldView field : removedView.getFields()) {
            for (SliceFiles.SliceFile file : slice.fieldFiles(entity, field)) {
                if (plan.exists(file.path())) {
                    plan.delete(file.path());
                }
            }
        }
        for (SliceFiles.SliceFile file : slice.files(entity)) {
            boolean enumType = file.template().contains(EntityPlanner.ENUM_TEMPLATE_MARKER);
            if (file.field() == null || !removed.contains(file.field().definition()) || !enumType) {
                continue;
            }
            Optional<String> source = plan.read(file.path());
            if (source.isEmpty()) {
                continue;
            }
            if (force || source.get().equals(slice.renderMain(file, entity, project))) {
                plan.delete(file.path());
                deletedTypes.add(settings.packageName() + ".domain.models." + file.field().getEnumType());
            } else {
                kept.add(file.path() + " (edited by hand; --force deletes it)");
            }
        }
        // The entity's tests, and those of every entity whose tests create its rows (from its sample).
        for (EntityDefinition owner : project.values().stream()
                .sorted(Comparator.comparing(EntityDefinition::name)).toList()) {
            List<FieldDefinition> gone = owner.name().equals(entity.name()) ? removed : List.of();
            for (SliceFiles.SliceFile file : slice.files(owner)) {
                if (file.isTest() && (file.field() == null || !gone.contains(file.field().definition()))) {
                    rewriteTest(plan, slice, file, owner, gone, project, projectAfter, kept);
                }
            }
        }

        Map<String, String> migrationPlaceholders = Map.of(
                "{table}", removedView.getTable(),
                "{columns}", String.join("_", removedView.getFields().stream().map(FieldView::getColumn).toList()),
                "{version}", MigrationVersions.next(plan).toString());
        plan.createNew(TemplatePaths.target(MIGRATION, migrationPlaceholders),
                renderer.render(MIGRATION, removedContext));
        return new Outcome(List.copyOf(kept), List.copyOf(members), List.copyOf(deletedTypes));
    }

    /**
     * Rewrites a test without the removed fields: as the generator writes it for the fields it was written for
     * less the removed ones (none, for another entity's test, whose samples of this entity change), or, if the
     * user edited it, member by member.
     */
    private static void rewriteTest(Plan plan, SliceFiles slice, SliceFiles.SliceFile file, EntityDefinition entity,
            List<FieldDefinition> removed, Map<String, EntityDefinition> project,
            Map<String, EntityDefinition> projectAfter, List<String> kept) {
        Optional<String> source = plan.read(file.path());
        if (source.isEmpty()) {
            return;
        }
        Map<List<FieldDefinition>, String> versions = slice.testVersions(file, entity, project);
        List<FieldDefinition> writtenFor = versions.entrySet().stream()
                .filter(version -> version.getValue().equals(source.get())).map(Map.Entry::getKey).findFirst()
                // Edited by hand: compared member by member with the version for every field it may hold.
                .orElse(entity.fields());
        List<FieldDefinition> rest = new ArrayList<>(writtenFor);
        rest.removeAll(removed);
        String before = versions.get(writtenFor);
        String now = slice.renderTest(file, new EntityDefinition(entity.name(), rest), projectAfter);
        if (now.equals(before)) {
            return;
        }
        JavaRemoval.Replaced replaced = JavaRemoval.replaceGenerated(file.path(), source.get(), before, now);
        if (!replaced.source().equals(source.get())) {
            plan.update(file.path(), replaced.source());
        }
        replaced.keptAsEdited().forEach(member -> kept.add(file.path() + ": " + member
                + " (edited by hand, kept as it is: check it no longer uses the removed fields)"));
    }

    /**
     * One slice class without the {@code removed} fields: what the class's template renders for them beyond what it
     * renders for the {@code remaining} ones, taken out.
     *
     * @param template one of {@link FieldPlanner#SLICE_CLASSES}
     */
    public String editClass(String template, String path, String source, ProjectSettings settings, String entityName,
            List<FieldDefinition> remaining, List<FieldDefinition> removed) {
        return JavaRemoval.remove(path, source,
                renderer.render(template, context(settings, new EntityDefinition(entityName, removed))),
                renderer.render(template, context(settings, new EntityDefinition(entityName, remaining))));
    }

    private static Map<String, Object> context(ProjectSettings settings, EntityDefinition entity) {
        Map<String, Object> context = new HashMap<>();
        context.put("packageName", settings.packageName());
        context.put("entity", new EntityView(entity, settings.packageName()));
        return context;
    }
}
