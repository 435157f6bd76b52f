///usr/bin/env jbang "$0" "$@" ; exit $?
//DESCRIPTION Runs the generator's tests and prints "N passed, N failed" last
//JAVA 17+
//DEPS org.junit:junit-bom:6.1.3@pom
//DEPS org.junit.jupiter:junit-jupiter
//DEPS org.junit.platform:junit-platform-launcher
//SOURCES ../generate.java
//SOURCES ProgressListener.java
//SOURCES src/cleanarch/tests/**.java
//FILES golden/=golden/

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs every test under {@code cleanarch.tests}, or the classes named as arguments ({@code InitCommandTest}).
 * {@code --fast} leaves out the end-to-end tests (tag {@code e2e}), which build and run generated projects with
 * Maven.
 */
public class RunTests {

    public static void main(String... args) {
        boolean fast = List.of(args).contains("--fast");
        List<String> classes = Stream.of(args).filter(arg -> !arg.startsWith("--")).toList();
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(classes.isEmpty() ? List.of(selectPackage("cleanarch.tests"))
                        : classes.stream().map(name -> selectClass("cleanarch.tests." + name)).toList())
                .configurationParameter("junit.jupiter.displayname.generator.default",
                        "org.junit.jupiter.api.DisplayNameGenerator$ReplaceUnderscores");
        if (fast) {
            request.filters(TagFilter.excludeTags("e2e"));
        }
        LauncherDiscoveryRequest discovery = request.build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(discovery, summary, new ProgressListener());
        TestExecutionSummary result = summary.getSummary();
        PrintWriter out = new PrintWriter(System.out, true);
        result.printFailuresTo(out, 25);
        long failed = result.getTotalFailureCount() + result.getContainersFailedCount();
        out.printf("%d passed, %d failed%n", result.getTestsSucceededCount(), failed);
        System.exit(failed == 0 && result.getTestsSucceededCount() > 0 ? 0 : 1);
    }
}
