package cleanarch;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --timings} option, a mixin of every command: when given, the command prints on stderr how long its
 * phases took inside this process, from the moment the command line was built (before the arguments are parsed)
 * to the last file written, and how long the JVM ran before that. It tells JVM and launcher start-up apart from
 * the generator's own work; normal output is unchanged.
 */
public final class Timings {

    /** When the command line was built: the start of argument parsing. */
    private static volatile long commandLineStart = System.nanoTime();

    @Option(names = "--timings", description = "Print on stderr how long each phase took inside this process.")
    private boolean enabled;

    private final List<String> phases = new ArrayList<>();
    private final List<Long> ends = new ArrayList<>();

    /** Called when the command line is built. */
    public static void commandLineBuilt() {
        commandLineStart = System.nanoTime();
    }

    /** Records that {@code phase} ended now; the previous phase (or argument parsing) ended where it began. */
    public void mark(String phase) {
        if (enabled) {
            phases.add(phase);
            ends.add(System.nanoTime());
        }
    }

    /** Records the last phase and prints every phase, with the total, on {@code err}. */
    public void report(String lastPhase, PrintWriter err) {
        if (!enabled) {
            return;
        }
        mark(lastPhase);
        long inProcess = ends.get(ends.size() - 1) - commandLineStart;
        StringBuilder line = new StringBuilder("timings: in-process ").append(millis(inProcess)).append(" ms (");
        long previous = commandLineStart;
        for (int i = 0; i < phases.size(); i++) {
            line.append(i == 0 ? "" : ", ").append(phases.get(i)).append(' ').append(millis(ends.get(i) - previous));
            previous = ends.get(i);
        }
        line.append(')');
        // Read last, so that loading the management classes is not counted in any phase. (The process handle's
        // start time would be cheaper, but Linux gives it only to the second.)
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        line.append("; JVM start to command line ").append(uptime - Math.round(inProcess / 1e6)).append(" ms");
        err.println(line);
        err.flush();
    }

    /** Milliseconds to one decimal, without java.util.Formatter, whose set-up costs a run about 15 ms. */
    private static String millis(long nanos) {
        long tenths = Math.round(nanos / 1e5);
        return tenths / 10 + "." + tenths % 10;
    }
}
