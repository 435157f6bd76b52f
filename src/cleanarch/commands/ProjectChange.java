package cleanarch.commands;

import cleanarch.Timings;
import cleanarch.Version;
import cleanarch.plan.Plan;
import cleanarch.plan.PlanApplier;
import cleanarch.plan.PlanPrinter;
import cleanarch.project.EntityDefinition;
import cleanarch.project.ProjectMetadata;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** How every command that changes a project ends: it records the entities, then prints the plan or carries it out. */
final class ProjectChange {

    private ProjectChange() {
    }

    /** @return whether the plan was carried out (false for a dry run, which only printed it) */
    static boolean finish(Plan plan, ProjectMetadata metadata, List<EntityDefinition> entities, ProjectOptions options,
            Timings timings, CommandSpec spec) {
        plan.update(ProjectMetadata.FILE_NAME,
                ProjectMetadata.create(Version.GENERATOR, metadata.project(), entities).toJson());
        timings.mark("plan");
        if (options.dryRun) {
            PlanPrinter.print(plan, spec.commandLine().getOut());
            return false;
        }
        new PlanApplier().apply(plan);
        timings.report("write", spec.commandLine().getErr());
        return true;
    }
}
