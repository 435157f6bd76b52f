package cleanarch.types;

import cleanarch.project.FieldDefinition;
import cleanarch.project.FieldView;
import java.math.BigDecimal;

/** {@code int}: {@code Integer}, {@code integer}. */
public class IntKind extends NumberKind {

    @Override
    public String boxedType(FieldView field) {
        return "Integer";
    }

    @Override
    public String primitiveType(FieldView field) {
        return "int";
    }

    @Override
    public String sqlType(FieldDefinition field) {
        return "integer";
    }

    @Override
    BigDecimal lowest() {
        return BigDecimal.valueOf(Integer.MIN_VALUE);
    }

    @Override
    BigDecimal highest() {
        return BigDecimal.valueOf(Integer.MAX_VALUE);
    }

    @Override
    BigDecimal parse(String value) {
        return new BigDecimal(Integer.parseInt(value));
    }

    @Override
    public String javaLiteral(String value, FieldView field) {
        return value;
    }
}
