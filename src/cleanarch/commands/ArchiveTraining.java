package cleanarch.commands;

import cleanarch.plan.Plan;
import cleanarch.plan.PlanPrinter;
import cleanarch.project.EntityDefinition;
import cleanarch.project.EntityPlanner;
import cleanarch.project.FieldDefinition;
import cleanarch.project.FieldParser;
import cleanarch.project.FieldPlanner;
import cleanarch.project.ProjectMetadata;
import cleanarch.render.TemplateRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills the class data sharing archives of the generator's JVM: the dynamic one that JBang's {@code //CDS} writes
 * on the first run after a build (that run has {@code -XX:ArchiveClassesAtExit}), and the static one the
 * {@code ./jbang} launcher dumps from the class list of a training {@code init} ({@code -XX:DumpLoadedClassList}).
 * Every later run maps the archived classes instead of loading and verifying them again. {@code init} loads no
 * JavaParser, so an archive written from an {@code init} would leave out the thousand JavaParser classes that
 * {@code add-entity} and {@code add-field} need. When it feeds an archive, {@code init} therefore also plans, and
 * throws away, an entity and a field added to the new project.
 *
 * <p>The JVM's options are read from {@code /proc/self/cmdline}: on other systems nothing is trained, and the edit
 * commands load what they need from the jar.
 */
final class ArchiveTraining {

    /** The options of a JVM writing a dynamic archive, and of one listing its classes for a static archive. */
    private static final List<String> ARCHIVE_OPTIONS = List.of("-XX:ArchiveClassesAtExit", "-XX:DumpLoadedClassList");

    private ArchiveTraining() {
    }

    static void afterInit(Path project) {
        if (!feedsAnArchive()) {
            return;
        }
        try {
            ProjectMetadata metadata = ProjectMetadata.read(project);
            EntityDefinition sample = new EntityDefinition("ArchiveSample", FieldParser.parseAll(List.of(
                    "name:string:required:max=80", "price:decimal:min=0", "day:date", "at:datetime",
                    "kind:enum=A|B:default=A", "count:int:unique")));
            List<EntityDefinition> entities = new ArrayList<>(metadata.entities());
            entities.add(sample);
            TemplateRenderer renderer = new TemplateRenderer();
            Plan plan = new Plan(project);
            new EntityPlanner(renderer).plan(plan, metadata.project(), sample, ProjectMetadata.byName(entities));
            List<FieldDefinition> added = FieldParser.parseAll(List.of("note:text", "parent:ref=ArchiveSample"));
            new FieldPlanner(renderer).plan(plan, metadata.project(), sample, added, ProjectMetadata.byName(entities));
            PlanPrinter.print(plan, new PrintWriter(Writer.nullWriter()));
        } catch (RuntimeException e) {
            // Only a warm-up: the project is written, and an edit command loads whatever it needs by itself.
        }
    }

    private static boolean feedsAnArchive() {
        Path commandLine = Path.of("/proc/self/cmdline");
        try {
            if (!Files.isReadable(commandLine)) {
                return false;
            }
            String options = new String(Files.readAllBytes(commandLine), StandardCharsets.ISO_8859_1);
            return ARCHIVE_OPTIONS.stream().anyMatch(options::contains);
        } catch (IOException e) {
            return false;
        }
    }
}
