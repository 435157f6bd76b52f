package cleanarch.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Case conversions between the spellings one name takes in Java, SQL, JSON and URLs. Words are split at
 * underscores, hyphens and lower-to-upper transitions, so {@code OrderLine}, {@code orderLine} and
 * {@code order_line} all name the same thing.
 */
public final class Names {

    private static final Map<String, String> IRREGULAR_PLURALS = Map.of(
            "person", "people",
            "child", "children",
            "man", "men",
            "woman", "women",
            "mouse", "mice",
            "datum", "data");

    private Names() {
    }

    public static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_' || c == '-') {
                flush(words, current);
                continue;
            }
            boolean startsWord = Character.isUpperCase(c) && i > 0
                    && (Character.isLowerCase(name.charAt(i - 1)) || Character.isDigit(name.charAt(i - 1))
                            || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))
                                    && Character.isUpperCase(name.charAt(i - 1))));
            if (startsWord) {
                flush(words, current);
            }
            current.append(Character.toLowerCase(c));
        }
        flush(words, current);
        return words;
    }

    private static void flush(List<String> words, StringBuilder current) {
        if (current.length() > 0) {
            words.add(current.toString());
            current.setLength(0);
        }
    }

    public static String pascal(String name) {
        StringBuilder result = new StringBuilder();
        for (String word : words(name)) {
            result.append(capitalize(word));
        }
        return result.toString();
    }

    public static String camel(String name) {
        String pascal = pascal(name);
        return pascal.isEmpty() ? pascal : Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
    }

    public static String snake(String name) {
        return String.join("_", words(name));
    }

    public static String kebab(String name) {
        return String.join("-", words(name));
    }

    public static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** The English plural of the last word of a name, in the name's own spelling: {@code OrderLine -> OrderLines}. */
    public static String pluralSnake(String name) {
        List<String> words = new ArrayList<>(words(name));
        int last = words.size() - 1;
        words.set(last, plural(words.get(last)));
        return String.join("_", words);
    }

    static String plural(String word) {
        String irregular = IRREGULAR_PLURALS.get(word);
        if (irregular != null) {
            return irregular;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch")
                || lower.endsWith("sh")) {
            return word + "es";
        }
        return word + "s";
    }
}
