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
 * Fills the class data sharing archive that JBang's {@code //CDS} writes on the first run after a build (that run
 * has {@code -XX:ArchiveClassesAtExit}; every later run maps the classes it loaded instead of loading and verifying
 * them again). {@code init} loads no JavaParser, so an archive written by an {@code init} would leave out the
 * thousand JavaParser classes that {@code add-entity} and {@code add-field} need. When it writes an archive,
 * {@code init} therefore also plans, and throws away, an entity and a field added to the new project.
 *
 * <p>The JVM's options are read from {@code /proc/self/cmdline}: on other systems nothing is trained, and the edit
 * commands load what they need from the jar.
 */
final class ArchiveTraining {

    private static final String ARCHIVE_OPTION = "-XX:ArchiveClassesAtExit";

    private ArchiveTraining() {
    }

    static void afterInit(Path project) {
        if (!writesArchiveAtExit()) {
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

    private static boolean writesArchiveAtExit() {
        Path commandLine = Path.of("/proc/self/cmdline");
        try {
            return Files.isReadable(commandLine) && new String(Files.readAllBytes(commandLine),
                    StandardCharsets.ISO_8859_1).contains(ARCHIVE_OPTION);
        } catch (IOException e) {
            return false;
        }
    }
}
