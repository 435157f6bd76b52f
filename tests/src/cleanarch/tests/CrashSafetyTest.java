package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generator process killed with SIGKILL at a write step (paused there by the test hook, then killed) leaves a
 * journal; the next command rolls the project back to exactly how it was, says so in one line, and the command
 * that was killed then succeeds when run again, giving the same tree as a run that was never interrupted.
 */
class CrashSafetyTest {

    private static final String[] ADD_ENTITY = {"add-entity", "Tag", "name:string:required", "rank:int"};

    @TempDir
    Path dir;

    @Test
    @Tag("e2e")
    void a_kill_at_every_write_step_leaves_the_project_as_before_and_the_rerun_succeeds() {
        GeneratorProcess.warmUp();
        Fixture fixture = fixture();
        int kills = 0;
        int partialTrees = 0;
        for (int step = 1; step <= 200; step++) {
            TestFiles.copyTree(fixture.before(), fixture.project());
            if (!killAt(step, fixture)) {
                assertEquals(fixture.after(), TreeSnapshot.of(fixture.project()), "the run that was not killed");
                break;
            }
            kills++;
            if (!recoverAndRerun(fixture, step)) {
                partialTrees++;
            }
        }
        System.out.printf("crash safety: %d kills injected, one before every write step of add-entity; %d partial "
                + "trees left%n", kills, partialTrees);
        assertTrue(kills > 30, "only " + kills + " write steps");
        assertEquals(0, partialTrees);
    }

    /** The quick version for {@code --fast}: one kill half-way through, between a file's copy and its move. */
    @Test
    void a_kill_half_way_leaves_the_project_as_before_and_the_rerun_succeeds() {
        Fixture fixture = fixture();
        TestFiles.copyTree(fixture.before(), fixture.project());

        assertTrue(killAt(15, fixture));

        assertTrue(recoverAndRerun(fixture, 15));
    }

    @Test
    void a_killed_init_is_rolled_back_by_the_next_init_in_that_directory() throws IOException {
        GeneratorProcess killed = GeneratorProcess.start(Map.of(GeneratorProcess.PAUSE_VARIABLE, "40"), List.of(),
                "init", "shop", "--no-example", "--no-git", "--output-dir", dir.toString());
        assertTrue(killed.awaitPause(), killed::err);
        killed.kill();
        assertTrue(Files.exists(dir.resolve("shop/.cleanarch/journal")));

        Cli again = Cli.run("init", "shop", "--no-example", "--no-git", "--output-dir", dir.toString());

        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.err().matches("recovered from an interrupted run of init shop --no-example --no-git --output-dir "
                + "\\S+ \\(pid " + killed.pid() + "\\): rolled back \\d+ file\\(s\\)\\R"), again.err());
        Path fresh = GeneratedProject.init(dir.resolve("fresh"), "shop", "--no-example", "--no-git").dir();
        assertEquals(withoutSecrets(TreeSnapshot.of(fresh)), withoutSecrets(TreeSnapshot.of(dir.resolve("shop"))));
    }

    private record Fixture(Path before, Path project, Map<String, String> beforeSnapshot, Map<String, String> after) {
    }

    /** A --no-example project with one entity, and the tree an uninterrupted add-entity gives it. */
    private Fixture fixture() {
        Path before = GeneratedProject.init(dir.resolve("before"), "shop", "--no-example").dir();
        assertEquals(0, Cli.run("add-entity", "Author", "name:string", "--project-dir", before.toString())
                .exitCode());
        Path project = dir.resolve("work/shop");
        TestFiles.copyTree(before, project);
        Map<String, String> beforeSnapshot = TreeSnapshot.of(project);
        Cli reference = Cli.run(withProject(project));
        assertEquals(0, reference.exitCode(), reference.err());
        return new Fixture(before, project, beforeSnapshot, TreeSnapshot.of(project));
    }

    /** @return whether the run paused before write step {@code step} and was killed (else it completed) */
    private static boolean killAt(int step, Fixture fixture) {
        GeneratorProcess run = GeneratorProcess.start(Map.of(GeneratorProcess.PAUSE_VARIABLE, String.valueOf(step)),
                List.of(), withProject(fixture.project()));
        if (!run.awaitPause()) {
            assertEquals(0, run.waitFor(), run.err());
            return false;
        }
        run.kill();
        return true;
    }

    /**
     * The next command (a dry run of the same add-entity) rolls back; the tree is then the one before; the command
     * run again gives the tree of an uninterrupted run.
     *
     * @return whether the project was whole (as before, then as after) at each point
     */
    private static boolean recoverAndRerun(Fixture fixture, int step) {
        Cli next = Cli.run(withProject(fixture.project(), "--dry-run"));
        assertEquals(0, next.exitCode(), next.err());
        if (step > 1) {
            assertTrue(next.err().matches("recovered from an interrupted run of add-entity Tag .* \\(pid \\d+\\): "
                    + "rolled back \\d+ file\\(s\\)\\R"), "step " + step + ": " + next.err());
        }
        boolean whole = fixture.beforeSnapshot().equals(TreeSnapshot.of(fixture.project()));
        Cli rerun = Cli.run(withProject(fixture.project()));
        assertEquals(0, rerun.exitCode(), "step " + step + ": " + rerun.err());
        return whole && fixture.after().equals(TreeSnapshot.of(fixture.project()));
    }

    private static String[] withProject(Path project, String... options) {
        return Stream.of(Stream.of(ADD_ENTITY), Stream.of("--project-dir", project.toString()), Stream.of(options))
                .flatMap(s -> s).toArray(String[]::new);
    }

    /** The tree without the file that holds init's random admin token. */
    private static Map<String, String> withoutSecrets(Map<String, String> snapshot) {
        snapshot.remove(".env");
        return snapshot;
    }
}
