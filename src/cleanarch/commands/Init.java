package cleanarch.commands;

import cleanarch.Timings;
import cleanarch.UserError;
import cleanarch.Version;
import cleanarch.naming.Identifiers;
import cleanarch.plan.IoErrors;
import cleanarch.plan.Journal;
import cleanarch.plan.Plan;
import cleanarch.plan.PlanApplier;
import cleanarch.plan.PlanPrinter;
import cleanarch.plan.ProjectLock;
import cleanarch.project.ProjectPlanner;
import cleanarch.project.ProjectSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = "Creates a new service in <output-dir>/<name>, a git repository with a first commit. On a "
                + "terminal it asks for each value no argument or option gave.")
public final class Init implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private Timings timings;

    @Mixin
    private Prompting prompting;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<name>",
            description = "Project name: lower-case letters, digits and hyphens (e.g. my-service). Asked for on a "
                    + "terminal when left out.")
    private String name;

    @Option(names = "--group-id", defaultValue = "com.example",
            description = "Maven group id (default: ${DEFAULT-VALUE}).")
    private String groupId;

    @Option(names = "--package", description = "Base Java package (default: <group-id>.<name without hyphens>).")
    private String packageName;

    @Option(names = "--service-prefix", defaultValue = "",
            description = "Path prefix that mounts every route, e.g. 'example' for /example/v1/... (default: none).")
    private String servicePrefix;

    @Option(names = "--port", defaultValue = "7000", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--output-dir", defaultValue = ".",
            description = "Directory in which the project folder is created (default: the current directory).")
    private Path outputDir;

    @Option(names = "--no-example", negatable = false, description = "Leave out the Todo example entity.")
    private boolean noExample;

    @Option(names = "--no-git", negatable = false,
            description = "Make no git repository (by default one is made, with a first commit, when git is "
                    + "installed).")
    private boolean noGit;

    @Option(names = "--dry-run", description = "Print the files that would be created, and write nothing.")
    private boolean dryRun;

    @Override
    public Integer call() {
        timings.mark("parse");
        Optional<Prompter> prompter = prompting.prompter();
        if (prompter.isPresent()) {
            askForWhatWasNotGiven(prompter.get());
            timings.mark("ask");
        } else if (name == null) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: '<name>'");
        }
        ProjectSettings settings = settings();
        Path target = target(name);
        if (dryRun) {
            requireEmptyOrAbsent(target);
            Plan plan = new ProjectPlanner().plan(target, settings, newAdminToken());
            timings.mark("plan");
            PlanPrinter.print(plan, spec.commandLine().getOut());
            return 0;
        }
        if (!Files.exists(target.resolve(ProjectLock.DIRECTORY).resolve("journal"))) {
            requireEmptyOrAbsent(target);
        }
        boolean created = createDirectory(target);
        Plan plan;
        try (ProjectLock lock = ProjectLock.acquire(target, ProjectChange.commandLine(spec))) {
            // A run interrupted in this directory is rolled back first; then it must be empty, as it was.
            ProjectChange.recover(target, lock, spec);
            requireEmptyOrAbsent(target);
            plan = new ProjectPlanner().plan(target, settings, newAdminToken());
            timings.mark("plan");
            new PlanApplier(Journal.in(lock, ProjectChange.commandLine(spec))).apply(plan);
        } catch (RuntimeException e) {
            if (created) {
                removeIfOnlyTheLock(target);
            }
            throw e;
        }
        timings.report("write", spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("created %s (%d files)%n", target, plan.changes().size());
        if (!noGit) {
            GitRepository.makeWithFirstCommit(target, "Generate " + name + " with cleanarch " + Version.GENERATOR,
                    out, spec.commandLine().getErr());
        }
        out.printf("  cd %s && ./mvnw spring-boot:run%n", outputDir.resolve(name).normalize());
        ArchiveTraining.afterInit(target);
        return 0;
    }

    /**
     * On a terminal, asks for each value that no argument or option gave, as cookiecutter does; each answer is
     * checked by the rule its option follows. Given values are checked first, so that a bad one is refused before
     * any question.
     */
    private void askForWhatWasNotGiven(Prompter prompter) {
        ParseResult given = spec.commandLine().getParseResult();
        if (name == null) {
            name = prompter.ask("Project name", "my-service", answer -> {
                Identifiers.requireProjectName(answer);
                requireEmptyOrAbsent(target(answer));
                return answer;
            });
        } else {
            Identifiers.requireProjectName(name);
            requireEmptyOrAbsent(target(name));
        }
        if (given.hasMatchedOption("--group-id")) {
            Identifiers.requirePackage("group id", groupId);
        } else {
            groupId = prompter.ask("Maven group id", groupId, answer -> {
                Identifiers.requirePackage("group id", answer);
                return answer;
            });
        }
        if (packageName == null) {
            packageName = prompter.ask("Java package", defaultPackage(), answer -> {
                Identifiers.requirePackage("package", answer);
                return answer;
            });
        }
        if (!given.hasMatchedOption("--service-prefix")) {
            servicePrefix = prompter.ask("Service prefix, e.g. example for /example/v1/... (Enter for none)", "",
                    Identifiers::servicePrefix);
        }
        if (!given.hasMatchedOption("--port")) {
            port = Integer.parseInt(prompter.ask("HTTP port", String.valueOf(port), Init::checkPort));
        }
        if (!noExample) {
            noExample = !prompter.confirm("Add the Todo example resource?", true);
        }
    }

    private static String checkPort(String answer) {
        try {
            Identifiers.requirePort(Integer.parseInt(answer));
            return answer;
        } catch (NumberFormatException e) {
            throw new UserError("invalid port '" + answer + "': it must be a whole number between 1 and 65535");
        }
    }

    private Path target(String projectName) {
        return outputDir.resolve(projectName).toAbsolutePath().normalize();
    }

    private String defaultPackage() {
        return groupId + "." + name.replace("-", "");
    }

    ProjectSettings settings() {
        Identifiers.requireProjectName(name);
        Identifiers.requirePackage("group id", groupId);
        String effectivePackage = packageName != null ? packageName : defaultPackage();
        Identifiers.requirePackage("package", effectivePackage);
        Identifiers.requirePort(port);
        return new ProjectSettings(name, groupId, effectivePackage, Identifiers.servicePrefix(servicePrefix), port,
                !noExample);
    }

    /** Refuses a target that is a file, or a directory that holds anything but the generator's own directory. */
    private static void requireEmptyOrAbsent(Path target) {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new UserError(target + " exists and is not a directory");
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.anyMatch(entry -> !entry.getFileName().toString().equals(ProjectLock.DIRECTORY))) {
                throw new UserError(target + " exists and is not empty");
            }
        } catch (IOException e) {
            throw new UserError("cannot list " + target + " (" + IoErrors.describe(e) + "); nothing was written");
        }
    }

    /** @return whether the directory was created by this call (and is to be removed if the command fails) */
    private static boolean createDirectory(Path target) {
        try {
            Files.createDirectories(target.getParent());
            Files.createDirectory(target);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new UserError("cannot create " + target + " (" + IoErrors.describe(e) + "); nothing was written");
        }
    }

    /** After a failed run in a directory this run created: removes it, if nothing but the lock is left in it. */
    private static void removeIfOnlyTheLock(Path target) {
        Path directory = target.resolve(ProjectLock.DIRECTORY);
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.anyMatch(entry -> !entry.equals(directory))) {
                return;
            }
            for (String file : new String[] {"lock", ".gitignore"}) {
                Files.deleteIfExists(directory.resolve(file));
            }
            Files.deleteIfExists(directory);
            Files.deleteIfExists(target);
        } catch (IOException e) {
            // What is left is an empty project directory with a lock directory that ignores itself.
        }
    }

    /** The admin credential written into the project's git-ignored {@code .env}. */
    private static String newAdminToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
