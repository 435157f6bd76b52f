package cleanarch.project;

import java.util.List;

/**
 * One field as the user defined it, in the form kept in the project's metadata.
 *
 * @param name         camelCase Java name
 * @param enumValues   the constants of an {@code enum} field, upper snake case; empty otherwise
 * @param min          lower bound: length for strings, value for numbers; null for none
 * @param max          upper bound, like {@code min}
 * @param defaultValue the value of the column and of the field when a create request leaves it out; null for none
 * @param reference    the entity a {@code ref} field refers to; null otherwise
 * @param cascade      whether deleting the referenced row deletes this one too (else the delete is refused)
 */
public record FieldDefinition(
        String name,
        FieldType type,
        List<String> enumValues,
        boolean required,
        boolean unique,
        Long min,
        Long max,
        String defaultValue,
        String reference,
        boolean cascade) {

    public FieldDefinition {
        enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
    }
}
