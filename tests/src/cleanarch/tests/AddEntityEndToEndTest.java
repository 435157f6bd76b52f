package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grows a generated project: three entities covering every field type and modifier, hand edits in the dependency
 * container and in a generated service, a fourth entity, then the project's own {@code mvnw verify}. Every hand
 * edit must still be there, byte for byte.
 */
@Tag("e2e")
class AddEntityEndToEndTest {

    private static final String BASE = "src/main/java/org/acme/library/";
    private static final String CUSTOM_BEAN = """

                // Hand-written: a bean of our own, with a comment that must survive.
                @Bean
                public java.time.Duration   loanPeriod() {
                    return java.time.Duration.ofDays(21); // three weeks
                }
            """;
    private static final String CUSTOM_SERVICE_METHOD = """

                /** Hand-written: counts the books, the way the team likes it. */
                public long countBooks() {
                    return count(QueryParams.of(java.util.Map.of()));
                }
            """;

    @TempDir
    Path workspace;

    @Test
    void entities_are_added_around_hand_edits_and_the_project_still_passes_its_tests() throws IOException {
        GeneratedProject project = GeneratedProject.init(workspace, "library", "--group-id", "org.acme",
                "--no-example");
        add(project, "Author", "name:string:required:max=120", "email:string:unique:max=200", "born_on:date",
                "active:boolean:default=true");
        add(project, "Book", "title:string:required:min=2:max=200", "summary:text:max=5000",
                "pages:int:required:min=1:max=10000", "copies_sold:long:min=0", "price:decimal:min=0:max=9999",
                "published_at:datetime", "isbn:string:unique:max=17", "external_id:uuid:unique",
                "'format:enum=HARDCOVER|PAPERBACK|EBOOK:default=PAPERBACK'", "author:ref=Author:required",
                "translator:ref=Author:cascade");
        add(project, "LibraryEvent", "order:int:required", "user:string", "group:text", "select:boolean",
                "kind:enum=OPENING|CLOSING", "previous:ref=LibraryEvent", "book:ref=Book");

        Path container = project.dir().resolve(BASE + "DependencyContainer.java");
        Path bookService = project.dir().resolve(BASE + "services/BookService.java");
        String containerBefore = Files.readString(container);
        String editedContainer = HandEdits.addMember(containerBefore, CUSTOM_BEAN);
        String editedService = HandEdits.addMember(Files.readString(bookService), CUSTOM_SERVICE_METHOD)
                .replace("import java.time.temporal.ChronoUnit;",
                        "import java.time.temporal.ChronoUnit;\nimport org.acme.library.domain.queries.QueryParams;");
        Files.writeString(container, editedContainer);
        Files.writeString(bookService, editedService);

        add(project, "Shelf", "label:string:required", "capacity:int:default=50");

        String containerAfter = Files.readString(container);
        assertOnlyInsertions(editedContainer, containerAfter);
        assertTrue(containerAfter.contains(CUSTOM_BEAN.stripTrailing()), containerAfter);
        assertEquals(editedService, Files.readString(bookService));
        assertEquals(1, containerAfter.split("public ShelfService shelfService\\(").length - 1);

        project.maven(Map.of(), "verify");
        project.assertNoBuildWarnings();
        String log = project.output("maven");
        assertTrue(log.contains("ShelfControllerIT") && log.contains("LibraryEventControllerIT"), "ITs did not run");
        assertEquals(editedService, Files.readString(bookService));
    }

    private static void add(GeneratedProject project, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "add-entity";
        for (int i = 0; i < args.length; i++) {
            // The shell would strip the quotes around an enum field; here nothing does.
            all[i + 1] = args[i].replace("'", "");
        }
        all[args.length + 1] = "--project-dir";
        all[args.length + 2] = project.dir().toString();
        Cli result = Cli.run(all);
        assertEquals(0, result.exitCode(), result.err());
    }

    /** Every line of {@code before} is still in {@code after}, unchanged and in order: the edit only added lines. */
    private static void assertOnlyInsertions(String before, String after) {
        List<AbstractDelta<String>> deltas = DiffUtils.diff(before.lines().toList(), after.lines().toList())
                .getDeltas();
        for (AbstractDelta<String> delta : deltas) {
            assertEquals(DeltaType.INSERT, delta.getType(), "a hand-written line changed: " + delta);
        }
        assertTrue(!deltas.isEmpty(), "nothing was added");
    }
}
