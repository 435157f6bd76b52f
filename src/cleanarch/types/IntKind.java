package cleanarch.types;

import cleanarch.project.FieldDefinition;
import cleanarch.project.FieldView;
import java.math.BigDecimal;
import java.util.List;

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
    List<String> refusedNumbers() {
        return List.of("1.5", "1.0", "1e2");
    }

    @Override
    public List<String> refusedFilterValues(FieldDefinition field) {
        return List.of("abc", "1.5", "2147483648");
    }

    @Override
    public String javaLiteral(String value, FieldView field) {
        return value;
    }
}
