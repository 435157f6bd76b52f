package cleanarch.types;

import cleanarch.project.FieldDefinition;
import cleanarch.project.FieldView;
import java.util.List;
import java.util.Optional;

/**
 * {@code json}: any JSON value, kept as a {@code jsonb} document. The model holds its JSON text; requests take any
 * JSON value, and answers give it back as JSON, not as a string. Not filterable, unique or defaulted.
 */
public class JsonKind implements FieldKind {

    @Override
    public String boxedType(FieldView field) {
        return "String";
    }

    @Override
    public String requestType(FieldView field) {
        return "JsonNode";
    }

    @Override
    public String requestToModel(String value) {
        return value + ".toString()";
    }

    @Override
    public Optional<String> requestTypeImport() {
        return Optional.of("tools.jackson.databind.JsonNode");
    }

    @Override
    public String sqlType(FieldDefinition field) {
        return "jsonb";
    }

    @Override
    public List<String> columnAttributes(FieldDefinition field) {
        return List.of("columnDefinition = \"jsonb\"");
    }

    @Override
    public List<String> entityAnnotations() {
        // The driver sends the text as varchar; PostgreSQL casts it to jsonb (and refuses what is not JSON).
        return List.of("@ColumnTransformer(write = \"?::jsonb\")");
    }

    @Override
    public List<String> entityImports() {
        return List.of("org.hibernate.annotations.ColumnTransformer");
    }

    @Override
    public List<String> responseAnnotations() {
        return List.of("@JsonRawValue");
    }

    @Override
    public List<String> responseImports() {
        return List.of("com.fasterxml.jackson.annotation.JsonRawValue");
    }

    @Override
    public boolean canBeUnique() {
        return false;
    }

    @Override
    public boolean canHaveDefault() {
        return false;
    }

    @Override
    public void checkDefault(String value, FieldDefinition field) {
        throw new IllegalArgumentException("a json field takes no default");
    }

    @Override
    public String javaLiteral(String value, FieldView field) {
        throw new IllegalStateException("a json field has no default");
    }

    /** Any JSON value is a document, but {@code jsonb} cannot hold a U+0000, in a text or in a key. */
    @Override
    public List<String> refusedJson(FieldDefinition field) {
        return List.of("\"a\\u0000b\"", "{\"a\": \"b\\u0000\"}", "{\"a\\u0000\": 1}", "[[\"\\u0000\"]]");
    }

    @Override
    public boolean isFilterable() {
        return false;
    }

    @Override
    public String sampleJson(FieldView field, int variant) {
        return "{\"n\": " + variant + "}";
    }

    @Override
    public String sampleExpected(String json, FieldView field, int variant) {
        return "new java.util.HashMap<>(java.util.Map.of(\"n\", " + variant + "))";
    }
}
