package cleanarch.types;

import cleanarch.project.FieldDefinition;
import cleanarch.project.FieldView;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code uuid}: {@code UUID}, {@code uuid}. */
public class UuidKind implements FieldKind {

    @Override
    public String boxedType(FieldView field) {
        return "UUID";
    }

    @Override
    public Optional<String> typeImport() {
        return Optional.of("java.util.UUID");
    }

    @Override
    public String sqlType(FieldDefinition field) {
        return "uuid";
    }

    @Override
    public void checkDefault(String value, FieldDefinition field) {
        // UUID.fromString also takes short forms such as 1-2-3-4-5, which PostgreSQL does not.
        if (!UUID.fromString(value).toString().equalsIgnoreCase(value)) {
            throw new IllegalArgumentException("write it in full, as in 123e4567-e89b-42d3-a456-426614174000");
        }
    }

    @Override
    public String javaLiteral(String value, FieldView field) {
        return "UUID.fromString(" + JavaText.string(value) + ")";
    }

    @Override
    public String defaultExpected(String value) {
        return JavaText.string(value.toLowerCase(java.util.Locale.ROOT));
    }

    /** Besides other JSON types: no UUID, a short form, and the 16 bytes in Base64, which Jackson would decode. */
    @Override
    public List<String> refusedJson(FieldDefinition field) {
        return OtherJsonTypes.thanString("\"not-a-uuid\"", "\"1-2-3-4-5\"",
                "\"00000000-0000-4000-8000-00000000000g\"", "\"AAAAAAAAQACAAAAAAAAAAQ==\"");
    }

    @Override
    public List<String> refusedFilterValues(FieldDefinition field) {
        return List.of("abc", "1-2-3-4-5");
    }

    @Override
    public String sampleJson(FieldView field, int variant) {
        return "\"00000000-0000-4000-8000-" + JavaText.zeroPadded(variant, 12) + "\"";
    }
}
