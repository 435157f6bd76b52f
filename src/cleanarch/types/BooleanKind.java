package cleanarch.types;

import cleanarch.project.FieldDefinition;
import cleanarch.project.FieldView;
import java.util.List;

/** {@code boolean}: {@code Boolean}, {@code boolean}. */
public class BooleanKind implements FieldKind {

    @Override
    public String boxedType(FieldView field) {
        return "Boolean";
    }

    @Override
    public String primitiveType(FieldView field) {
        return "boolean";
    }

    @Override
    public String sqlType(FieldDefinition field) {
        return "boolean";
    }

    @Override
    public boolean canBeUnique() {
        return false;
    }

    @Override
    public void checkDefault(String value, FieldDefinition field) {
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("use true or false");
        }
    }

    @Override
    public String javaLiteral(String value, FieldView field) {
        return value;
    }

    @Override
    public String sqlLiteral(String value) {
        return value;
    }

    @Override
    public String defaultExpected(String value) {
        return value;
    }

    @Override
    public List<String> refusedJson(FieldDefinition field) {
        return OtherJsonTypes.thanBoolean("\"yes\"");
    }

    @Override
    public List<String> refusedFilterValues(FieldDefinition field) {
        return List.of("maybe", "1", "TRUE");
    }

    @Override
    public String sampleJson(FieldView field, int variant) {
        return variant % 2 == 1 ? "true" : "false";
    }
}
