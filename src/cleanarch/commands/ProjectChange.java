package cleanarch.commands;

import cleanarch.Timings;
import cleanarch.Version;
import cleanarch.plan.Journal;
import cleanarch.plan.Plan;
import cleanarch.plan.PlanApplier;
import cleanarch.plan.PlanPrinter;
import cleanarch.plan.ProjectLock;
import cleanarch.project.EntityDefinition;
import cleanarch.project.ProjectMetadata;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How every command that changes a project begins and ends: it locks the project (rolling back a run that was
 * interrupted in it), and at the end records the entities, then prints the plan or carries it out.
 */
final class ProjectChange {

    private ProjectChange() {
    }

    /**
     * Locks the project before the command reads anything of it, and rolls back a run that was killed half-way
     * (saying so in one line on stderr). A dry run creates no lock directory in a project that has none.
     */
    static ProjectLock lock(Path projectDir, ProjectOptions options, CommandSpec spec) {
        ProjectMetadata.requireFile(projectDir);
        String command = commandLine(spec);
        ProjectLock lock = options.dryRun ? ProjectLock.acquireIfPresent(projectDir, command)
                : ProjectLock.acquire(projectDir, command);
        try {
            recover(projectDir, lock, spec);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        return lock;
    }

    static void recover(Path projectDir, ProjectLock lock, CommandSpec spec) {
        Journal.recover(projectDir, lock).ifPresent(line -> {
            spec.commandLine().getErr().println(line);
            spec.commandLine().getErr().flush();
        });
    }

    /** The command as the user typed it, for the lock file and the journal. */
    static String commandLine(CommandSpec spec) {
        return String.join(" ", spec.commandLine().getParseResult().originalArgs());
    }

    /** @return whether the plan was carried out (false for a dry run, which only printed it) */
    static boolean finish(Plan plan, ProjectMetadata metadata, List<EntityDefinition> entities, ProjectOptions options,
            Timings timings, CommandSpec spec, ProjectLock lock) {
        plan.update(ProjectMetadata.FILE_NAME,
                ProjectMetadata.create(Version.GENERATOR, metadata.project(), entities).toJson());
        plan.writeLast(ProjectMetadata.FILE_NAME);
        timings.mark("plan");
        if (options.dryRun) {
            PlanPrinter.print(plan, spec.commandLine().getOut());
            return false;
        }
        new PlanApplier(Journal.in(lock, commandLine(spec))).apply(plan);
        timings.report("write", spec.commandLine().getErr());
        return true;
    }

    /** Lists on stderr, one a line, what a removal leaves for the user to look at ("kept: ...", "note: ..."). */
    static void printNotes(List<String> notes, CommandSpec spec) {
        for (String line : notes) {
            spec.commandLine().getErr().println(line);
        }
        spec.commandLine().getErr().flush();
    }
}
