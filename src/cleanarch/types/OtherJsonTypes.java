package cleanarch.types;

import java.util.ArrayList;
import java.util.List;

/**
 * A value of each JSON type but one: what a field must refuse whatever its bounds, since the service reads bodies
 * without coercion between JSON types. Each type adds the values of its own JSON type that it cannot hold.
 */
final class OtherJsonTypes {

    private OtherJsonTypes() {
    }

    /** For a type written as a JSON string: a number, a boolean, an array and an object. */
    static List<String> thanString(String... more) {
        return with(List.of("123", "true", "[\"a\"]", "{\"a\": \"b\"}"), more);
    }

    /** For a number: its text, a boolean, an array and an object. */
    static List<String> thanNumber(String... more) {
        return with(List.of("\"1\"", "true", "[1]", "{\"n\": 1}"), more);
    }

    /** For a boolean: numbers, its text, an array and an object. */
    static List<String> thanBoolean(String... more) {
        return with(List.of("1", "0", "\"true\"", "[true]", "{\"b\": true}"), more);
    }

    /** {@code text} as a JSON string; the texts here need no escaping. */
    static String quoted(String text) {
        return "\"" + text + "\"";
    }

    private static List<String> with(List<String> values, String... more) {
        List<String> all = new ArrayList<>(values);
        all.addAll(List.of(more));
        return all;
    }
}
