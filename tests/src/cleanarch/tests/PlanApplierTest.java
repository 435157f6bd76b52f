package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cleanarch.UserError;
import cleanarch.plan.FileMode;
import cleanarch.plan.Plan;
import cleanarch.plan.PlanApplier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanApplierTest {

    @TempDir
    Path dir;

    @Test
    void a_failure_in_the_middle_rolls_back_every_file_of_the_run() throws IOException {
        Files.writeString(dir.resolve("existing.txt"), "original\n");
        Map<String, String> before = TreeSnapshot.of(dir);
        Plan plan = new Plan(dir)
                .create("a/new.txt", "new\n")
                .modify("existing.txt", "original\n", "changed\n")
                .create("z/deep/last.txt", "last\n");
        PlanApplier failingOnLast = new PlanApplier(file -> {
            if (file.endsWith("last.txt")) {
                throw new IOException("disk full");
            }
        });

        UserError error = assertThrows(UserError.class, () -> failingOnLast.apply(plan));

        assertTrue(error.getMessage().contains("rolled back"), error.getMessage());
        assertEquals(before, TreeSnapshot.of(dir));
    }

    @Test
    void a_deleted_file_is_put_back_when_the_run_fails_after_deleting_it() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/Old.java"), "class Old {}\n");
        Map<String, String> before = TreeSnapshot.of(dir);
        // A rename: the old file deleted (written first, in path order), the new one created after it.
        Plan plan = new Plan(dir).delete("a/Old.java").create("b/New.java", "class New {}\n");
        PlanApplier failingOnNew = new PlanApplier(file -> {
            if (file.endsWith("New.java")) {
                throw new IOException("disk full");
            }
        });

        assertThrows(UserError.class, () -> failingOnNew.apply(plan));
        assertEquals(before, TreeSnapshot.of(dir));

        new PlanApplier().apply(new Plan(dir).delete("a/Old.java").create("b/New.java", "class New {}\n"));
        assertTrue(Files.notExists(dir.resolve("a/Old.java")));
        assertEquals("class New {}\n", Files.readString(dir.resolve("b/New.java")));
    }

    @Test
    void refuses_to_overwrite_a_file_that_appeared_after_planning() throws IOException {
        Plan plan = new Plan(dir).create("one.txt", "1\n").create("two.txt", "2\n");
        Files.writeString(dir.resolve("two.txt"), "someone else's\n");
        Map<String, String> before = TreeSnapshot.of(dir);

        assertThrows(UserError.class, () -> new PlanApplier().apply(plan));

        assertEquals(before, TreeSnapshot.of(dir));
    }

    @Test
    void refuses_to_modify_a_file_that_changed_after_planning() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "edited by hand\n");
        Plan plan = new Plan(dir).modify("a.txt", "as read\n", "new\n");

        assertThrows(UserError.class, () -> new PlanApplier().apply(plan));

        assertEquals("edited by hand\n", Files.readString(dir.resolve("a.txt")));
    }

    @Test
    void writes_every_file_and_marks_scripts_executable() throws IOException {
        Plan plan = new Plan(dir).create("bin/run.sh", "#!/bin/sh\n".getBytes(), FileMode.EXECUTABLE)
                .create("x/y.txt", "y\n");

        new PlanApplier().apply(plan);

        assertTrue(Files.isExecutable(dir.resolve("bin/run.sh")));
        assertEquals("y\n", Files.readString(dir.resolve("x/y.txt")));
    }
}
