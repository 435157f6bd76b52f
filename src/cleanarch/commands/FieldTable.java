package cleanarch.commands;

import cleanarch.naming.Names;
import cleanarch.project.EntityDefinition;
import cleanarch.project.FieldDefinition;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Entities and their fields as a table, one field a row, written in the field grammar's own words (JSON and column
 * name, {@code enum=A|B}, {@code ref=Author}, {@code required max=120}), so that a row reads like the argument that
 * made it.
 */
final class FieldTable {

    private static final List<String> HEADER = List.of("ENTITY", "FIELD", "TYPE", "MODIFIERS");

    private FieldTable() {
    }

    static void print(List<EntityDefinition> entities, PrintWriter out) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (EntityDefinition entity : entities) {
            if (entity.fields().isEmpty()) {
                rows.add(List.of(entity.name(), "(no fields)", "", ""));
            }
            for (FieldDefinition field : entity.fields()) {
                rows.add(List.of(field == entity.fields().get(0) ? entity.name() : "", Names.snake(field.name()),
                        type(field), modifiers(field)));
            }
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(row.get(i)).append(" ".repeat(widths[i] - row.get(i).length() + 2));
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }

    private static String type(FieldDefinition field) {
        if (!field.enumValues().isEmpty()) {
            return "enum=" + String.join("|", field.enumValues());
        }
        if (field.reference() != null) {
            return "ref=" + field.reference();
        }
        return field.type().token();
    }

    private static String modifiers(FieldDefinition field) {
        List<String> modifiers = new ArrayList<>();
        if (field.required()) {
            modifiers.add("required");
        }
        if (field.unique()) {
            modifiers.add("unique");
        }
        if (field.min() != null) {
            modifiers.add("min=" + field.min());
        }
        if (field.max() != null) {
            modifiers.add("max=" + field.max());
        }
        if (field.defaultValue() != null) {
            modifiers.add("default=" + field.defaultValue());
        }
        if (field.cascade()) {
            modifiers.add("cascade");
        }
        return String.join(" ", modifiers);
    }
}
