package cleanarch.tests;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The commands of a generated Dockerfile, read from it so that a test can run them on the host, where there is no
 * Docker engine: the build stage's jar extraction, the copies of its layers, the run stage's CDS training run and
 * the entry point.
 */
record DockerfileRecipe(List<String> instructions) {

    static DockerfileRecipe read(Path dockerfile) {
        // One instruction per line, continuation lines joined, comments dropped.
        String text = GeneratedProject.read(dockerfile).replaceAll("\\\\\\n\\s*", "");
        return new DockerfileRecipe(text.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList());
    }

    /** The build stage's jar extraction (the part of a {@code RUN} that starts with the tools jar mode). */
    String extraction() {
        String run = only("RUN ", "-Djarmode=tools");
        return run.substring(run.indexOf("java -Djarmode=tools"));
    }

    /** The training run: the {@code RUN} that writes the CDS archive. */
    String training() {
        return only("RUN ", "-XX:ArchiveClassesAtExit").substring("RUN ".length());
    }

    /** The {@code ENTRYPOINT} command, exec form. */
    List<String> entrypoint() {
        String json = only("ENTRYPOINT ", "[").substring("ENTRYPOINT ".length());
        return JsonParser.parseString(json).getAsJsonArray().asList().stream().map(e -> e.getAsString()).toList();
    }

    /**
     * Does what the run stage's {@code COPY --from=build /workspace/<source> ./} lines do, with {@code workspace}
     * for the build stage's {@code /workspace} and {@code target} for the run stage's working directory.
     */
    void copyLayers(Path workspace, Path target) {
        List<String> sources = instructions.stream().filter(line -> line.startsWith("COPY --from=build "))
                .map(line -> line.split("\\s+")[2].replaceFirst("^/workspace/", "")).toList();
        if (sources.isEmpty()) {
            throw new AssertionError("no COPY --from=build in the Dockerfile");
        }
        try {
            for (String source : sources) {
                Path from = workspace.resolve(source);
                try (Stream<Path> files = Files.walk(from)) {
                    for (Path file : files.toList()) {
                        Path to = target.resolve(from.relativize(file).toString());
                        if (Files.isDirectory(file)) {
                            Files.createDirectories(to);
                        } else {
                            Files.copy(file, to);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String only(String instruction, String containing) {
        List<String> matches = instructions.stream()
                .filter(line -> line.startsWith(instruction) && line.contains(containing)).toList();
        if (matches.size() != 1) {
            throw new AssertionError("expected one " + instruction.strip() + " with " + containing + ", found "
                    + matches);
        }
        return matches.get(0);
    }
}
