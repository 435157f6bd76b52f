package cleanarch.tests;

import cleanarch.commands.Cleanarch;
import cleanarch.commands.Terminal;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the generator's command line in-process and keeps what it printed. */
record Cli(int exitCode, String out, String err) {

    /** A run without a terminal, as in a script: nothing is asked. */
    static Cli run(String... args) {
        return run(Terminal.none(), args);
    }

    /** A run on a terminal where the user types {@code answers}, one line per question. */
    static Cli answering(String answers, String... args) {
        return run(Terminal.answering(new StringReader(answers)), args);
    }

    private static Cli run(Terminal terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Cleanarch.commandLine(terminal);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Cli(exitCode, out.toString(), err.toString());
    }
}
