package cleanarch.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an added import goes among a file's imports: after the last one that does not sort after it, scanning from
 * the top, so a sorted list stays sorted and an unsorted one is changed no more than needed. {@link JavaMerge}
 * places imports this way; {@code init} computes the imports of the files it renders with the same rule, so that a
 * new project reads exactly as if its example entity had been added to it.
 */
public final class ImportOrder {

    private ImportOrder() {
    }

    /** Static imports first, as in the usual layout; then by name. */
    static String key(String name, boolean isStatic) {
        return (isStatic ? "0 " : "1 ") + name;
    }

    /** The index at which an import with sort key {@code key} goes into imports with the sort keys {@code keys}. */
    static int position(List<String> keys, String key) {
        int position = 0;
        while (position < keys.size() && keys.get(position).compareTo(key) <= 0) {
            position++;
        }
        return position;
    }

    /** Plain (not static) {@code imports} with each of {@code added} that they lack put in its place, in turn. */
    public static List<String> with(List<String> imports, List<String> added) {
        List<String> keys = new ArrayList<>();
        imports.forEach(name -> keys.add(key(name, false)));
        for (String name : added) {
            String key = key(name, false);
            if (!keys.contains(key)) {
                keys.add(position(keys, key), key);
            }
        }
        return keys.stream().map(key -> key.substring(2)).toList();
    }
}
