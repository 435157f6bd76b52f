package cleanarch.project;

import java.util.ArrayList;
import java.util.List;

/**
 * The names of what a field's column carries, as PostgreSQL names a constraint declared on a column
 * ({@code <table>_<column>_key}, {@code _check}, {@code _fkey}) and the generator names a reference's index
 * ({@code <table>_<column>_idx}). The service's error handling reads the column from those names, so a rename of
 * the table or the column renames them too.
 */
final class ColumnConstraints {

    private ColumnConstraints() {
    }

    /** The suffixes, after {@code <table>_<column>}, of the constraints declared on the field's column. */
    static List<String> constraintSuffixes(FieldDefinition field, String sqlColumn) {
        List<String> suffixes = new ArrayList<>();
        if (field.unique()) {
            suffixes.add("_key");
        }
        if (field.type().kind().check(sqlColumn, field).isPresent()) {
            suffixes.add("_check");
        }
        if (field.reference() != null) {
            suffixes.add("_fkey");
        }
        return suffixes;
    }

    /** Whether the generator gave the column an index of its own ({@code <table>_<column>_idx}). */
    static boolean indexed(FieldDefinition field) {
        return field.reference() != null;
    }
}
