package cleanarch.types;

import cleanarch.project.FieldDefinition;
import cleanarch.project.FieldView;
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

    @Override
    public String sampleJson(FieldView field, int variant) {
        return "\"00000000-0000-4000-8000-" + JavaText.zeroPadded(variant, 12) + "\"";
    }
}
