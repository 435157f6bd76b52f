package cleanarch.types;

import cleanarch.project.FieldDefinition;
import cleanarch.project.FieldView;
import java.util.List;
import java.util.Optional;

/**
 * Everything one field type means, in one place: its Java and SQL types, the annotations and constraints its
 * modifiers turn into, how a default is written and checked, and the sample values the generated tests use.
 * {@link cleanarch.project.FieldType} lists the types; nothing else asks which type a field has.
 *
 * <p>A new type is a class implementing this interface (most extend {@link TextKind} or {@link NumberKind}) and
 * one constant in {@code FieldType}.
 */
public interface FieldKind {

    /** The Java type where a value may be missing (requests, filters), e.g. {@code Integer} or {@code BookFormat}. */
    String boxedType(FieldView field);

    /** The Java type of a value that is never null: {@code int} for {@code Integer}; the boxed type if none. */
    default String primitiveType(FieldView field) {
        return boxedType(field);
    }

    /** The type of the field in request bodies, when it differs from the model's (a JSON document, say). */
    default String requestType(FieldView field) {
        return boxedType(field);
    }

    /** The expression that turns {@code value}, of {@link #requestType}, into the model's type. */
    default String requestToModel(String value) {
        return value;
    }

    /** The import the Java type needs, if it is not in {@code java.lang}. */
    default Optional<String> typeImport() {
        return Optional.empty();
    }

    /** The import the request type needs, if it differs from {@link #typeImport()}. */
    default Optional<String> requestTypeImport() {
        return typeImport();
    }

    /** The column's SQL type, e.g. {@code varchar(255)}. */
    String sqlType(FieldDefinition field);

    /** What {@code @Column} says beyond name, nullability and uniqueness, e.g. {@code length = 255}. */
    default List<String> columnAttributes(FieldDefinition field) {
        return List.of();
    }

    /** Annotations of the JPA entity's field besides {@code @Column}, e.g. {@code @Enumerated(EnumType.STRING)}. */
    default List<String> entityAnnotations() {
        return List.of();
    }

    /** The imports those annotations need. */
    default List<String> entityImports() {
        return List.of();
    }

    /** Annotations of the response's component, e.g. {@code @JsonRawValue}. */
    default List<String> responseAnnotations() {
        return List.of();
    }

    default List<String> responseImports() {
        return List.of();
    }

    /** Whether a required value must hold more than blanks ({@code @NotBlank}) rather than merely be given. */
    default boolean isText() {
        return false;
    }

    /** Bean Validation annotations the field's value must satisfy wherever it is given (bounds, format). */
    default List<String> valueAnnotations(FieldDefinition field) {
        return List.of();
    }

    /** The check constraint on {@code column} that the modifiers call for, if any. */
    default Optional<String> check(String column, FieldDefinition field) {
        return Optional.empty();
    }

    /**
     * Refuses bounds the type cannot have, or that its column, Java or PostgreSQL could not hold.
     *
     * @throws IllegalArgumentException with the reason, phrased to follow "field 'x': "
     */
    default void checkBounds(FieldDefinition field) {
        if (field.min() != null || field.max() != null) {
            throw new IllegalArgumentException("min and max do not apply to this type");
        }
    }

    /** Whether {@code unique} makes sense: not for types with too few values to tell rows apart. */
    default boolean canBeUnique() {
        return true;
    }

    /** Whether the type can have a default (a reference or a document cannot). */
    default boolean canHaveDefault() {
        return true;
    }

    /**
     * Refuses a default that does not parse as the type or breaks the field's own bounds.
     *
     * @throws IllegalArgumentException with the reason
     */
    void checkDefault(String value, FieldDefinition field);

    /** A default as a Java expression of the model's type. */
    String javaLiteral(String value, FieldView field);

    /** A default as an SQL literal. */
    default String sqlLiteral(String value) {
        return JavaText.sqlString(value);
    }

    /** What JsonPath reads back for the default, as a Java expression. */
    default String defaultExpected(String value) {
        return JavaText.string(value);
    }

    /** Whether a listing can be filtered on the field. */
    default boolean isFilterable() {
        return true;
    }

    /**
     * A valid JSON value for tests, within the field's bounds; {@code variant} (1, 2, 3...) tells values apart.
     * A reference's is a format argument, filled in by the test.
     */
    String sampleJson(FieldView field, int variant);

    /** What JsonPath reads back for a sample, as a Java expression. */
    default String sampleExpected(String json, FieldView field, int variant) {
        return json;
    }

    /**
     * JSON values a request body must not get past for this field, as a client would write them: values of another
     * JSON type, and values of this type beyond what the field's bounds, its column or PostgreSQL hold. The
     * generated malformed-request tests send each in a create and in an update, and expect a 400 naming the field.
     */
    List<String> refusedJson(FieldDefinition field);

    /**
     * Query values a filter on the field must refuse, as they appear in a query string (percent-encoded): text
     * that is no value of the type, or one the column cannot hold. None for a type every text is a value of.
     */
    default List<String> refusedFilterValues(FieldDefinition field) {
        return List.of();
    }
}
