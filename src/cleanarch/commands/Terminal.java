package cleanarch.commands;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;

/**
 * Where the answers to prompts come from: the user's terminal, or nowhere. Commands ask only when standard input
 * and standard output are both a terminal, so scripts, pipes and CI never wait for an answer.
 */
public final class Terminal {

    private BufferedReader input;
    private Boolean interactive;

    private Terminal(BufferedReader input, Boolean interactive) {
        this.input = input;
        this.interactive = interactive;
    }

    /** The process's own terminal, if it has one; looked at only when a command is about to ask. */
    public static Terminal system() {
        return new Terminal(null, null);
    }

    /** No terminal: nothing is ever asked. */
    public static Terminal none() {
        return new Terminal(null, false);
    }

    /** A terminal whose user types {@code answers}, one line per answer (for tests). */
    public static Terminal answering(Reader answers) {
        return new Terminal(new BufferedReader(answers), true);
    }

    public boolean interactive() {
        if (interactive == null) {
            Console console = System.console();
            interactive = isTerminal(console);
            if (interactive) {
                input = new BufferedReader(new InputStreamReader(System.in, console.charset()));
            }
        }
        return interactive;
    }

    /** The next line typed, or null at the end of the input (Ctrl-D). */
    String readLine() {
        if (!interactive()) {
            throw new IllegalStateException("no terminal to read an answer from");
        }
        try {
            return input.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Up to Java 21 the JVM has a console only when standard input and output are both a terminal; from Java 22 it
     * may have one regardless, and {@code Console.isTerminal()} (absent before 22, hence the reflection) tells.
     */
    private static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
