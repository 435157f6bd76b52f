package cleanarch.types;

import cleanarch.project.FieldDefinition;
import cleanarch.project.FieldView;
import java.util.List;

/** {@code ref=Entity}: the id of a row of another entity, {@code bigint references <table> (id)}. */
public class ReferenceKind implements FieldKind {

    @Override
    public String boxedType(FieldView field) {
        return "Long";
    }

    @Override
    public String sqlType(FieldDefinition field) {
        return "bigint";
    }

    @Override
    public boolean canHaveDefault() {
        return false;
    }

    @Override
    public void checkDefault(String value, FieldDefinition field) {
        throw new IllegalArgumentException("a reference takes no default");
    }

    @Override
    public String javaLiteral(String value, FieldView field) {
        throw new IllegalStateException("a reference has no default");
    }

    /** Besides other JSON types: no integer, one past {@code bigint}, and ids no row has. */
    @Override
    public List<String> refusedJson(FieldDefinition field) {
        return OtherJsonTypes.thanNumber("1.5", "1e400", "9223372036854775808", "-1", "0");
    }

    @Override
    public List<String> refusedFilterValues(FieldDefinition field) {
        return List.of("abc", "1.5", "9223372036854775808");
    }

    @Override
    public String sampleJson(FieldView field, int variant) {
        // Ids exist only when the test runs: a format argument, filled in by the test (see FieldView.sampleId).
        return "%" + (field.referenceIndex() + 1) + "$d";
    }

    @Override
    public String sampleExpected(String json, FieldView field, int variant) {
        return field.sampleId(variant);
    }
}
