package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cleanarch.plan.FileMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan gives each file its mode: the scripts a user runs directly are generated executable, nothing else. */
class FileModesTest {

    @TempDir
    Path dir;

    @Test
    void init_makes_the_scripts_executable_and_no_other_file() throws IOException {
        Path project = GeneratedProject.init(dir, "shop", "--no-git").dir();

        assertEquals("rwxr-xr-x", mode(project.resolve("mvnw")));
        assertEquals("rwxr-xr-x", mode(project.resolve("scripts/run_postgres.sh")));
        try (Stream<Path> files = Files.walk(project)) {
            List<String> executable = files.filter(Files::isRegularFile).filter(Files::isExecutable)
                    .map(file -> project.relativize(file).toString()).sorted().toList();
            assertEquals(List.of("mvnw", "scripts/manage", "scripts/run_postgres.sh"), executable);
        }
    }

    @Test
    void a_file_is_executable_when_it_names_its_interpreter() {
        assertEquals(FileMode.EXECUTABLE, FileMode.of("#!/bin/sh\necho hi\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(FileMode.REGULAR, FileMode.of("# a comment\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(FileMode.REGULAR, FileMode.of(new byte[0]));
    }

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }
}
