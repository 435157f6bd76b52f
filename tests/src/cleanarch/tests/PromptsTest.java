package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The questions {@code init} and {@code add-entity} ask on a terminal, answered by a script of lines: defaults on
 * Enter, the same checks as the options, a question again after a refused answer. {@link PseudoTerminalTest} runs
 * them through a real terminal.
 */
class PromptsTest {

    @TempDir
    Path dir;

    @Test
    void init_asks_for_every_value_and_enter_takes_the_defaults() throws IOException {
        Cli result = Cli.answering("\n\n\n\n\n\n", "init", "--no-git", "--output-dir", dir.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("Project name [my-service]: Maven group id [com.example]: "
                + "Java package [com.example.myservice]: Service prefix, e.g. example for /example/v1/... "
                + "(Enter for none): HTTP port [7000]: Add the Todo example resource? [Y/n]: "), result.out());
        String metadata = Files.readString(dir.resolve("my-service/cleanarch.json"));
        assertTrue(metadata.contains("\"package_name\": \"com.example.myservice\""), metadata);
        assertTrue(metadata.contains("\"port\": 7000"), metadata);
        assertTrue(metadata.contains("\"name\": \"Todo\""), metadata);
    }

    @Test
    void init_asks_again_after_an_invalid_answer_with_the_options_error() throws IOException {
        Cli result = Cli.answering(String.join("\n", "My-Service", "shop", "org.Acme", "org.acme", "", "/pay/",
                "abc", "70000", "8081", "maybe", "n", ""), "init", "--no-git", "--output-dir", dir.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(String.join("\n",
                "error: invalid project name 'My-Service': use lower-case letters, digits and single hyphens, "
                        + "starting with a letter (e.g. my-service)",
                "error: invalid group id 'org.Acme': each dot-separated part must start with a lower-case letter "
                        + "and hold only lower-case letters, digits and underscores",
                "error: invalid port 'abc': it must be a whole number between 1 and 65535",
                "error: invalid port 70000: it must be between 1 and 65535",
                "error: answer y or n", ""), result.err());
        assertTrue(result.out().contains("Java package [org.acme.shop]: "), result.out());
        String metadata = Files.readString(dir.resolve("shop/cleanarch.json"));
        assertTrue(metadata.contains("\"package_name\": \"org.acme.shop\""), metadata);
        assertTrue(metadata.contains("\"service_prefix\": \"pay\""), metadata);
        assertTrue(metadata.contains("\"port\": 8081"), metadata);
        assertTrue(metadata.contains("\"entities\": []"), metadata);
    }

    @Test
    void init_asks_only_for_what_no_option_gave() {
        Cli result = Cli.answering("\n\n", "init", "billing", "--group-id", "org.acme", "--port", "9000",
                "--service-prefix", "", "--no-example", "--no-git", "--output-dir", dir.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("Java package [org.acme.billing]: created "), result.out());
    }

    @Test
    void init_refuses_a_given_bad_name_before_asking_anything() {
        Cli result = Cli.answering("\n\n\n\n\n\n", "init", "Bad", "--output-dir", dir.toString());

        assertEquals(2, result.exitCode());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("error: invalid project name 'Bad'"), result.err());
    }

    @Test
    void no_input_asks_nothing_even_on_a_terminal() {
        Cli named = Cli.answering("", "init", "quiet", "--no-input", "--no-git", "--output-dir", dir.toString());
        Cli unnamed = Cli.answering("", "init", "--no-input", "--output-dir", dir.toString());

        assertEquals(0, named.exitCode(), named.err());
        assertTrue(named.out().startsWith("created "), named.out());
        assertEquals(2, unnamed.exitCode());
        assertTrue(unnamed.err().startsWith("error: Missing required parameter: '<name>'"), unnamed.err());
    }

    @Test
    void without_a_terminal_nothing_is_asked_and_a_missing_name_is_an_error() {
        Cli result = Cli.run("init", "--output-dir", dir.toString());

        assertEquals(2, result.exitCode());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("error: Missing required parameter: '<name>'"), result.err());
    }

    @Test
    void the_end_of_the_input_stops_the_questions_and_writes_nothing() {
        Cli result = Cli.answering("shop\n", "init", "--output-dir", dir.toString());

        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("error: no answer to 'Maven group id' (end of input): nothing was "
                + "written"), result.err());
        assertEquals(Map.of("", "dir"), TreeSnapshot.of(dir));
    }

    @Test
    void add_entity_asks_for_the_fields_shows_them_and_writes_them_once_confirmed() throws IOException {
        Path project = project();
        String answers = String.join("\n",
                "Author", "name", "1", "y", "n", "", "120", "",   // name:string:required:max=120
                "")                                                // no more fields
                + "\ny\n";
        assertEquals(0, Cli.answering(answers, "add-entity", "--project-dir", project.toString()).exitCode());

        Cli result = Cli.answering(String.join("\n",
                "Book",
                "title", "string", "y", "n", "0", "abc", "200", "",          // max=abc is asked again
                "pages", "15", "4", "", "", "1", "", "",                     // 15 is not in the list: int
                "status", "enum", "DRAFT|PUBLISHED", "n", "ARCHIVED", "DRAFT", // a default outside the values
                "author", "14", "Nobody", "Author", "n", "n", "y",            // ref: not required nor unique, cascade
                "",
                "y", ""), "add-entity", "--project-dir", project.toString());

        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertEquals(String.join("\n",
                "error: modifier 'max' needs a whole number, as in max=10, in field "
                        + "'title:string:required:min=0:max=abc'",
                "error: '15' is not in the list: answer 1 to 14 or a name from the list",
                "error: default value 'ARCHIVED' is not a valid enum in field "
                        + "'status:enum=DRAFT|PUBLISHED:default=ARCHIVED': it is not one of DRAFT, PUBLISHED",
                "error: field 'authorId' refers to entity Nobody, which does not exist in this project; add it first",
                ""), result.err());
        assertTrue(result.out().contains(String.join("\n",
                "ENTITY  FIELD      TYPE                  MODIFIERS",
                "Book    title      string                required min=0 max=200",
                "        pages      int                   min=1",
                "        status     enum=DRAFT|PUBLISHED  default=DRAFT",
                "        author_id  ref=Author            cascade",
                "",
                "Add entity Book with these 4 fields? [Y/n]: added Book: ")), result.out());
        String statusQuestions = result.out().substring(result.out().indexOf("Type of status"),
                result.out().indexOf("Type of author"));
        assertFalse(statusQuestions.contains("Unique?"), "offered unique for an enum: " + statusQuestions);
        String metadata = Files.readString(project.resolve("cleanarch.json"));
        assertTrue(metadata.contains("\"reference\": \"Author\""), metadata);
        assertTrue(Files.exists(project.resolve("src/main/java/com/example/shop/domain/models/Book.java")));
    }

    @Test
    void add_entity_writes_nothing_when_the_list_is_not_confirmed() {
        Path project = project();
        Map<String, String> before = TreeSnapshot.of(project);

        Cli result = Cli.answering("Tag\nlabel\n\n\n\n\n\n\n\nn\n", "add-entity", "--project-dir",
                project.toString());

        assertEquals(2, result.exitCode());
        assertEquals("error: cancelled: nothing was written\n", result.err());
        assertEquals(before, TreeSnapshot.of(project));
    }

    @Test
    void add_entity_with_fields_given_asks_nothing() {
        Path project = project();

        Cli result = Cli.answering("", "add-entity", "Tag", "label:string", "--project-dir", project.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("added Tag: "), result.out());
    }

    @Test
    void add_field_asks_for_the_fields_and_for_a_default_when_one_is_required() throws IOException {
        Path project = project();
        assertEquals(0, Cli.run("add-entity", "Book", "title:string", "--project-dir", project.toString()).exitCode());

        Cli result = Cli.answering(String.join("\n",
                "pages", "int", "y", "", "", "", "", "0",   // required: Enter at the default is refused
                "editor", "ref", "Book", "", "",           // a reference: required is not offered
                "",                                        // no more fields
                "", ""), "add-field", "Book", "--project-dir", project.toString());

        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertEquals("error: an answer is needed\n", result.err());
        assertTrue(result.out().contains("Default value, for the rows Book may already have: "), result.out());
        String editorQuestions = result.out().substring(result.out().indexOf("Type of editor"));
        assertFalse(editorQuestions.contains("Required?"), editorQuestions);
        assertTrue(result.out().contains(String.join("\n",
                "ENTITY  FIELD      TYPE      MODIFIERS",
                "Book    pages      int       required default=0",
                "        editor_id  ref=Book",
                "",
                "Add these 2 fields to Book? [Y/n]: added 2 field(s) to Book: ")), result.out());
    }

    @Test
    void add_field_without_fields_and_without_a_terminal_is_refused() {
        Path project = project();
        assertEquals(0, Cli.run("add-entity", "Book", "--project-dir", project.toString()).exitCode());

        Cli result = Cli.run("add-field", "Book", "--project-dir", project.toString());

        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("error: Missing required parameter: '<field>'"), result.err());
    }

    private Path project() {
        Cli init = Cli.run("init", "shop", "--no-example", "--no-git", "--output-dir", dir.toString());
        assertEquals(0, init.exitCode(), init.err());
        return dir.resolve("shop");
    }
}
