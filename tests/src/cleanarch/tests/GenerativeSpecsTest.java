package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cleanarch.UserError;
import cleanarch.project.FieldParser;
import cleanarch.project.FieldType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every spec the generator accepts builds: a few hundred field specs drawn at random from a fixed seed (types,
 * modifiers, bounds at and past each type's limits, defaults inside and outside them) are parsed; those accepted
 * go into one project, as entities of twenty fields, whose own {@code mvnw verify} (compile, migrate, every
 * generated test) must pass. The refused ones are refused by the parser with one line.
 */
@Tag("e2e")
class GenerativeSpecsTest {

    private static final long SEED = 20261201L;
    private static final int DRAWN = 300;
    private static final int FIELDS_PER_ENTITY = 20;

    /** Bounds worth drawing: ordinary ones and each type's edges. */
    private static final long[] BOUNDS = {-5, 0, 1, 2, 10, 17, 255, 1000, 1001, 10_485_760, 10_485_761,
            Integer.MAX_VALUE, 2_147_483_648L, 999_999_999_999_999L, 1_000_000_000_000_000L, -2_147_483_648L};

    private static final String[] DEFAULTS = {"0", "5", "-3", "1.5", "1.23456", "1e999", "true", "yes", "text",
            "a b", "2026-01-31", "2026-02-30", "2026-01-31T10:00:00Z", "10:30:00", "25:00",
            "00000000-0000-4000-8000-000000000001", "1-2-3-4-5", "x@example.com", "A", "C",
            "99999999999999999999", ""};

    @TempDir
    Path workspace;

    @Test
    void every_accepted_spec_gives_a_project_that_builds_migrates_and_passes_its_tests() {
        Random random = new Random(SEED);
        List<String> accepted = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < DRAWN; i++) {
            String spec = draw(random, "f" + i);
            try {
                FieldParser.parse(spec);
                accepted.add(spec);
            } catch (UserError e) {
                assertEquals(1, e.getMessage().lines().count(), e.getMessage());
                refused++;
            }
        }
        System.out.printf("GenerativeSpecsTest: %d specs drawn (seed %d), %d accepted, %d refused%n", DRAWN, SEED,
                accepted.size(), refused);
        assertTrue(accepted.size() > DRAWN / 3, "too few specs accepted to prove anything: " + accepted.size());

        GeneratedProject project = GeneratedProject.init(workspace, "drawn", "--no-example", "--no-git");
        for (int start = 0, entity = 1; start < accepted.size(); start += FIELDS_PER_ENTITY, entity++) {
            List<String> args = new ArrayList<>(List.of("add-entity", "Drawn" + entity));
            args.addAll(accepted.subList(start, Math.min(accepted.size(), start + FIELDS_PER_ENTITY)));
            args.addAll(List.of("--project-dir", project.dir().toString()));
            Cli result = Cli.run(args.toArray(String[]::new));
            assertEquals(0, result.exitCode(), result.err());
        }
        project.maven(Map.of(), "verify");
        project.assertNoBuildWarnings();
    }

    private static String draw(Random random, String name) {
        List<FieldType> types = new ArrayList<>(List.of(FieldType.values()));
        types.remove(FieldType.REF);
        FieldType type = types.get(random.nextInt(types.size()));
        StringBuilder spec = new StringBuilder(name).append(':')
                .append(type == FieldType.ENUM ? "enum=A|B|LONGER_VALUE" : type.token());
        if (random.nextInt(4) == 0) {
            spec.append(":required");
        }
        if (random.nextInt(5) == 0) {
            spec.append(":unique");
        }
        if (random.nextInt(3) == 0) {
            spec.append(":min=").append(BOUNDS[random.nextInt(BOUNDS.length)]);
        }
        if (random.nextInt(3) == 0) {
            spec.append(":max=").append(BOUNDS[random.nextInt(BOUNDS.length)]);
        }
        if (random.nextInt(3) == 0) {
            spec.append(":default=").append(DEFAULTS[random.nextInt(DEFAULTS.length)]);
        }
        return spec.toString();
    }
}
