package cleanarch.tests;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Specs that would give a project which does not compile, migrate or pass its tests are refused: one line, exit code
 * 2, nothing written. The first ten are the ones a hostile review found accepted (issue 9); the rest are their
 * neighbours in each type's class.
 */
class InvalidSpecsTest {

    @TempDir
    Path dir;

    private Path project;

    @BeforeEach
    void createProject() {
        project = GeneratedProject.init(dir, "shop", "--no-example", "--no-git").dir();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "title:string:max=0; max must be between 1 and 10485760",
            "title:string:max=99999999; max must be between 1 and 10485760",
            "body:text:max=99999999999999; max must be between 1 and 1073741823",
            "pages:int:min=10:default=5; outside the field's min and max",
            "code:string:max=3:default=toolong; outside the field's bounds",
            "code:string:min=5:default=ab; outside the field's bounds",
            "price:decimal:default=1e999; outside the column's range",
            "price:decimal:default=99999999999999999999; outside the column's range",
            "a_very_long_field_name_that_postgresql_would_truncate_to_sixty_three_bytes:string; too long",
            "pages:int:min=5:max=1; min is greater than max",
            "pages:int:max=99999999999; min and max must be between",
            "price:decimal:default=1.23456; more than 4 digits after the point",
            "price:decimal:max=9999999999999999; min and max must be between",
            "code:string:min=300; greater than the maximum length 255",
            "code:string:min=5000:max=9000; min must be between 0 and 1000",
            "'title:string:required:default=   '; cannot default to blanks",
            "mail:email:default=nobody; not an e-mail address",
            "mail:email:max=5; at least 8",
            "born:date:default=20000-01-01; is not a valid date",
            "born:date:default=+20000-01-01; year must be between 1 and 9999",
            "born:date:default=2026-02-30; not a valid date",
            "at:time:default=25:00; not a valid time",
            "at:time:default=10:00:99:required; not a valid time",
            "key:uuid:default=1-2-3-4-5; write it in full",
            "extra:json:default={}; a json field takes no default",
            "extra:json:unique; does not apply to type json",
            "extra:json:max=10; min and max do not apply",
            "active:boolean:default=yes; use true or false",
            "active:boolean:min=1; min and max do not apply",
            "'state:enum=A|B:default=C'; it is not one of A, B"})
    void a_spec_that_would_break_the_project_is_refused(String spec, String message) {
        Map<String, String> before = TreeSnapshot.of(project);

        Cli result = Cli.run("add-entity", "Item", spec.replace("'", ""), "--project-dir", project.toString());

        Refusals.assertRefused(result, message.strip(), before, project);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "AVeryLongEntityNameThatPostgresqlWouldTruncateWhenItBecomesItsTable; longer than PostgreSQL's 63"})
    void an_entity_whose_table_name_is_too_long_is_refused(String name, String message) {
        Map<String, String> before = TreeSnapshot.of(project);

        Cli result = Cli.run("add-entity", name, "--project-dir", project.toString());

        Refusals.assertRefused(result, message.strip(), before, project);
    }
}
