package cleanarch.plan;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Prints a plan for {@code --dry-run}: each file it would create, and a unified diff of each file it would change. */
public final class PlanPrinter {

    private static final int CONTEXT_LINES = 3;

    private PlanPrinter() {
    }

    public static void print(Plan plan, PrintWriter out) {
        List<FileChange> changes = plan.changes();
        for (FileChange change : changes) {
            if (change instanceof FileChange.Create) {
                out.println("create " + change.path());
            }
        }
        for (FileChange change : changes) {
            if (change instanceof FileChange.Delete) {
                out.println("delete " + change.path());
            }
        }
        for (FileChange change : changes) {
            if (change instanceof FileChange.Modify modify) {
                out.println("modify " + change.path());
                for (String line : unifiedDiff(modify)) {
                    out.println(line);
                }
            }
        }
        out.println("dry run: " + changes.size() + " file(s) would be written, nothing was changed");
        out.flush();
    }

    static List<String> unifiedDiff(FileChange.Modify modify) {
        List<String> original = lines(modify.original());
        List<String> revised = lines(modify.content());
        String name = modify.path().toString();
        return UnifiedDiffUtils.generateUnifiedDiff("a/" + name, "b/" + name, original,
                DiffUtils.diff(original, revised), CONTEXT_LINES);
    }

    private static List<String> lines(byte[] content) {
        return Arrays.asList(new String(content, StandardCharsets.UTF_8).split("\n", -1));
    }
}
