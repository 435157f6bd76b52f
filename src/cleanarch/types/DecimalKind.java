package cleanarch.types;

import cleanarch.project.FieldDefinition;
import cleanarch.project.FieldView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code decimal}: {@code BigDecimal}, {@code numeric(19, 4)}: 15 digits before the point and 4 after. */
public class DecimalKind extends NumberKind {

    static final int PRECISION = 19;
    static final int SCALE = 4;

    /** The largest value {@code numeric(19, 4)} holds. */
    private static final BigDecimal HIGHEST = new BigDecimal("999999999999999.9999");

    @Override
    public String boxedType(FieldView field) {
        return "BigDecimal";
    }

    @Override
    public Optional<String> typeImport() {
        return Optional.of("java.math.BigDecimal");
    }

    @Override
    public String sqlType(FieldDefinition field) {
        return "numeric(" + PRECISION + ", " + SCALE + ")";
    }

    @Override
    public List<String> columnAttributes(FieldDefinition field) {
        return List.of("precision = " + PRECISION, "scale = " + SCALE);
    }

    @Override
    public List<String> valueAnnotations(FieldDefinition field) {
        List<String> annotations = new ArrayList<>();
        if (field.min() != null) {
            annotations.add("@DecimalMin(\"" + field.min() + "\")");
        }
        if (field.max() != null) {
            annotations.add("@DecimalMax(\"" + field.max() + "\")");
        }
        return annotations;
    }

    @Override
    BigDecimal lowest() {
        return HIGHEST.negate();
    }

    @Override
    BigDecimal highest() {
        return HIGHEST;
    }

    @Override
    BigDecimal parse(String value) {
        BigDecimal number = new BigDecimal(value);
        if (number.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("it has more than " + SCALE + " digits after the point");
        }
        return number;
    }

    /** More digits after the point or before it than the column keeps, in each JSON notation. */
    @Override
    List<String> refusedNumbers() {
        return List.of("0.00001", "1.00001", "1e-5", "1e16", "1e20", "1000000000000000");
    }

    @Override
    public List<String> refusedFilterValues(FieldDefinition field) {
        return List.of("abc", "1%2C5", "NaN");
    }

    @Override
    public String javaLiteral(String value, FieldView field) {
        return "new BigDecimal(\"" + value + "\")";
    }

    @Override
    public String defaultExpected(String value) {
        return Double.toString(new BigDecimal(value).doubleValue());
    }

    @Override
    public String sampleJson(FieldView field, int variant) {
        long number = sampleNumber(field.definition(), variant);
        // Half a unit above, when the bounds leave room: a fraction the column keeps.
        boolean room = field.definition().max() == null || number < field.definition().max();
        return room ? number + ".5" : Long.toString(number);
    }

    @Override
    public String sampleExpected(String json, FieldView field, int variant) {
        return Double.toString(Double.parseDouble(json));
    }
}
