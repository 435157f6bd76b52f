package cleanarch.types;

import cleanarch.project.FieldDefinition;
import cleanarch.project.FieldView;
import java.util.Optional;

/** A date, time or instant: a {@code java.time} type written as ISO text, its default parsed by that type. */
public abstract class TemporalKind implements FieldKind {

    private final String javaType;
    private final String sqlType;

    TemporalKind(String javaType, String sqlType) {
        this.javaType = javaType;
        this.sqlType = sqlType;
    }

    @Override
    public String boxedType(FieldView field) {
        return javaType;
    }

    @Override
    public Optional<String> typeImport() {
        return Optional.of("java.time." + javaType);
    }

    @Override
    public String sqlType(FieldDefinition field) {
        return sqlType;
    }

    @Override
    public String javaLiteral(String value, FieldView field) {
        return javaType + ".parse(" + JavaText.string(value) + ")";
    }

    @Override
    public String sampleJson(FieldView field, int variant) {
        return "\"" + sample(variant) + "\"";
    }

    /** The ISO text of sample {@code variant}. */
    abstract String sample(int variant);

    /** Years PostgreSQL and ISO text agree on: four digits, no sign. */
    static void checkYear(int year) {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("its year must be between 1 and 9999");
        }
    }
}
