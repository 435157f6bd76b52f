package cleanarch.commands;

import cleanarch.UserError;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Asks the user, on a terminal: the question with its default in brackets, the answer checked by the same rule as
 * the option it stands for, and the question again after the rule's one-line error. Enter takes the default.
 */
final class Prompter {

    private final Terminal terminal;
    private final PrintWriter out;
    private final PrintWriter err;

    Prompter(Terminal terminal, PrintWriter out, PrintWriter err) {
        this.terminal = terminal;
        this.out = out;
        this.err = err;
    }

    /**
     * Asks until {@code check} accepts the answer, and returns what it returned.
     *
     * @param defaultValue what Enter answers: shown in brackets unless empty; null when an answer is needed
     * @param check        returns the accepted value, or throws {@link UserError} with the reason
     */
    String ask(String question, String defaultValue, UnaryOperator<String> check) {
        while (true) {
            out.print(question + (defaultValue == null || defaultValue.isEmpty() ? "" : " [" + defaultValue + "]")
                    + ": ");
            out.flush();
            String answer = answer(question).strip();
            if (answer.isEmpty()) {
                if (defaultValue == null) {
                    err.println("error: an answer is needed");
                    err.flush();
                    continue;
                }
                answer = defaultValue;
            }
            try {
                return check.apply(answer);
            } catch (UserError e) {
                err.println("error: " + e.getMessage());
                err.flush();
            }
        }
    }

    /** A yes/no question; Enter answers {@code defaultYes}. */
    boolean confirm(String question, boolean defaultYes) {
        String answer = ask(question + (defaultYes ? " [Y/n]" : " [y/N]"), "", reply -> {
            String lower = reply.toLowerCase(Locale.ROOT);
            if (!List.of("", "y", "yes", "n", "no").contains(lower)) {
                throw new UserError("answer y or n");
            }
            return lower;
        });
        return answer.isEmpty() ? defaultYes : answer.startsWith("y");
    }

    /** One of {@code choices}, shown as a numbered list; the answer is a number or the choice itself. */
    String choose(String question, List<String> choices, String defaultChoice) {
        int width = choices.stream().mapToInt(String::length).max().orElse(0) + 2;
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < choices.size(); i++) {
            String item = String.format("%3d) %-" + width + "s", i + 1, choices.get(i));
            if (line.length() + item.length() > 100) {
                out.println(line.toString().stripTrailing());
                line.setLength(0);
            }
            line.append(item);
        }
        out.println(line.toString().stripTrailing());
        return ask(question, defaultChoice, answer -> {
            if (choices.contains(answer)) {
                return answer;
            }
            try {
                int number = Integer.parseInt(answer);
                if (number >= 1 && number <= choices.size()) {
                    return choices.get(number - 1);
                }
            } catch (NumberFormatException e) {
                // Not a number: refused below.
            }
            throw new UserError("'" + answer + "' is not in the list: answer 1 to " + choices.size()
                    + " or a name from the list");
        });
    }

    PrintWriter out() {
        return out;
    }

    void say(String line) {
        out.println(line);
        out.flush();
    }

    private String answer(String question) {
        String line = terminal.readLine();
        if (line == null) {
            out.println();
            throw new UserError("no answer to '" + question + "' (end of input): nothing was written");
        }
        return line;
    }
}
