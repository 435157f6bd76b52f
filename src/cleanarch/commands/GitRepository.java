package cleanarch.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes a new project a git repository with everything in a first commit (as {@code rails new} does), so that the
 * change of every later command shows in {@code git diff}. The project's {@code .gitignore} keeps {@code .env} (the
 * admin token) and {@code .data/} out of it. Git is optional: without it, or when a step fails, the project is
 * written all the same and the output says what happened.
 */
final class GitRepository {

    /** The author of the first commit when git knows no user: a commit without one is refused by git. */
    static final String DEFAULT_NAME = "cleanarch";
    static final String DEFAULT_EMAIL = "cleanarch@localhost";

    private static final int NOT_FOUND = 127;

    private GitRepository() {
    }

    static void makeWithFirstCommit(Path directory, String message, PrintWriter out, PrintWriter err) {
        int userName = run(directory, "config", "user.name").exitCode();
        if (userName == NOT_FOUND) {
            out.println("git is not installed: no repository made");
            return;
        }
        boolean configured = userName == 0 && run(directory, "config", "user.email").exitCode() == 0;
        List<String> identity = configured ? List.of()
                : List.of("-c", "user.name=" + DEFAULT_NAME, "-c", "user.email=" + DEFAULT_EMAIL);
        for (List<String> step : List.of(List.of("init", "-q"), List.of("add", "-A"),
                List.of("commit", "-q", "-m", message))) {
            List<String> args = new ArrayList<>(step.get(0).equals("commit") ? identity : List.of());
            args.addAll(step);
            Result result = run(directory, args.toArray(String[]::new));
            if (result.exitCode() != 0) {
                err.println("warning: git " + step.get(0) + " failed (" + result.firstLine()
                        + "): the project is written, commit it yourself");
                return;
            }
        }
        out.println("made a git repository with a first commit: " + message);
        if (!configured) {
            err.println("note: git has no user.name/user.email, so the first commit's author is " + DEFAULT_NAME + " <"
                    + DEFAULT_EMAIL + ">; set yours with git config --global user.name/user.email");
        }
    }

    private record Result(int exitCode, String output) {

        String firstLine() {
            return output.lines().findFirst().orElse("exit code " + exitCode);
        }
    }

    /** Runs git in {@code directory} with nothing to read; {@value #NOT_FOUND} when there is no git to run. */
    private static Result run(Path directory, String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .start();
            process.getOutputStream().close();
            // These commands print a few lines at most: the pipe holds them until git has finished.
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return new Result(124, "it did not finish in a minute");
            }
            return new Result(process.exitValue(),
                    new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(NOT_FOUND, "git not found");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(130, "interrupted");
        }
    }
}
