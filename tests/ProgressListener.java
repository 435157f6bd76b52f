import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/** Prints one line per finished test, so that a long end-to-end run shows where it is. */
class ProgressListener implements TestExecutionListener {

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.isTest()) {
            System.out.printf("%-7s %s%n", result.getStatus(), test.getLegacyReportingName().isEmpty()
                    ? test.getDisplayName() : test.getUniqueIdObject().getSegments().get(1).getValue() + " > "
                            + test.getDisplayName());
        }
    }
}
