package cleanarch.commands;

import cleanarch.Timings;
import cleanarch.UserError;
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
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = "Creates a new service in <output-dir>/<name>.")
public final class Init implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private Timings timings;

    @Parameters(index = "0", paramLabel = "<name>",
            description = "Project name: lower-case letters, digits and hyphens (e.g. my-service).")
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

    @Option(names = "--dry-run", description = "Print the files that would be created, and write nothing.")
    private boolean dryRun;

    @Override
    public Integer call() {
        timings.mark("parse");
        ProjectSettings settings = settings();
        Path target = outputDir.resolve(name).toAbsolutePath().normalize();
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
        spec.commandLine().getOut().printf("created %s (%d files)%n  cd %s && ./mvnw spring-boot:run%n",
                target, plan.changes().size(), outputDir.resolve(name).normalize());
        ArchiveTraining.afterInit(target);
        return 0;
    }

    ProjectSettings settings() {
        Identifiers.requireProjectName(name);
        Identifiers.requirePackage("group id", groupId);
        String effectivePackage = packageName != null ? packageName : groupId + "." + name.replace("-", "");
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
