package cleanarch.types;

import cleanarch.project.FieldDefinition;
import cleanarch.project.FieldView;
import java.math.BigDecimal;
import java.util.List;

/** {@code long}: {@code Long}, {@code bigint}. */
public class LongKind extends NumberKind {

    @Override
    public String boxedType(FieldView field) {
        return "Long";
    }

    @Override
    public String primitiveType(FieldView field) {
        return "long";
    }

    @Override
    public String sqlType(FieldDefinition field) {
        return "bigint";
    }

    @Override
    BigDecimal lowest() {
        return BigDecimal.valueOf(Long.MIN_VALUE);
    }

    @Override
    BigDecimal highest() {
        return BigDecimal.valueOf(Long.MAX_VALUE);
    }

    @Override
    BigDecimal parse(String value) {
        return BigDecimal.valueOf(Long.parseLong(value));
    }

    @Override
    List<String> refusedNumbers() {
        return List.of("1.5", "1e2");
    }

    @Override
    public List<String> refusedFilterValues(FieldDefinition field) {
        return List.of("abc", "1.5", "9223372036854775808");
    }

    @Override
    public String javaLiteral(String value, FieldView field) {
        return value + "L";
    }
}
