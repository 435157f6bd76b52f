package cleanarch.types;

import cleanarch.project.FieldDefinition;
import cleanarch.project.FieldView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A number whose {@code min}/{@code max} bound its value: {@code int}, {@code long}, {@code decimal}. */
public abstract class NumberKind implements FieldKind {

    /** The smallest and largest value the column and the Java type hold. */
    abstract BigDecimal lowest();

    abstract BigDecimal highest();

    @Override
    public List<String> valueAnnotations(FieldDefinition field) {
        List<String> annotations = new ArrayList<>();
        if (field.min() != null) {
            annotations.add("@Min(" + field.min() + ")");
        }
        if (field.max() != null) {
            annotations.add("@Max(" + field.max() + ")");
        }
        return annotations;
    }

    @Override
    public Optional<String> check(String column, FieldDefinition field) {
        return range(column, field.min(), field.max());
    }

    static Optional<String> range(String expression, Long min, Long max) {
        if (min != null && max != null) {
            return Optional.of("check (" + expression + " between " + min + " and " + max + ")");
        }
        if (min != null) {
            return Optional.of("check (" + expression + " >= " + min + ")");
        }
        if (max != null) {
            return Optional.of("check (" + expression + " <= " + max + ")");
        }
        return Optional.empty();
    }

    @Override
    public void checkBounds(FieldDefinition field) {
        for (Long bound : new Long[] {field.min(), field.max()}) {
            if (bound != null && !fits(BigDecimal.valueOf(bound))) {
                throw new IllegalArgumentException("min and max must be between " + lowest() + " and "
                        + highest());
            }
        }
        if (field.min() != null && field.max() != null && field.min() > field.max()) {
            throw new IllegalArgumentException("min is greater than max");
        }
    }

    private boolean fits(BigDecimal value) {
        return value.compareTo(lowest()) >= 0 && value.compareTo(highest()) <= 0;
    }

    @Override
    public void checkDefault(String value, FieldDefinition field) {
        BigDecimal number = parse(value);
        if (!fits(number)) {
            throw new IllegalArgumentException("it is outside the column's range");
        }
        if (field.min() != null && number.compareTo(BigDecimal.valueOf(field.min())) < 0
                || field.max() != null && number.compareTo(BigDecimal.valueOf(field.max())) > 0) {
            throw new IllegalArgumentException("it is outside the field's min and max");
        }
    }

    /**
     * Values of other JSON types, {@code 1e400}, the numbers just past the column's range and just past the field's
     * bounds, and the numbers of the type's own (see {@link #refusedNumbers()}).
     */
    @Override
    public List<String> refusedJson(FieldDefinition field) {
        Set<String> refused = new LinkedHashSet<>(OtherJsonTypes.thanNumber("1e400"));
        refused.add(lowest().subtract(BigDecimal.ONE).toPlainString());
        refused.add(highest().add(BigDecimal.ONE).toPlainString());
        if (field.min() != null) {
            refused.add(BigDecimal.valueOf(field.min()).subtract(BigDecimal.ONE).toPlainString());
        }
        if (field.max() != null) {
            refused.add(BigDecimal.valueOf(field.max()).add(BigDecimal.ONE).toPlainString());
        }
        refused.addAll(refusedNumbers());
        return List.copyOf(refused);
    }

    /** JSON numbers within the range that the type still refuses: a fraction for an integer, say. */
    abstract List<String> refusedNumbers();

    /** The default as a number, refusing what the type cannot hold. */
    abstract BigDecimal parse(String value);

    @Override
    public String sqlLiteral(String value) {
        return value;
    }

    @Override
    public String defaultExpected(String value) {
        return value;
    }

    @Override
    public String sampleJson(FieldView field, int variant) {
        return Long.toString(sampleNumber(field.definition(), variant));
    }

    /**
     * A whole number within the field's bounds and the type's range, different for each variant while they allow.
     */
    long sampleNumber(FieldDefinition field, int variant) {
        long highest = highest().min(BigDecimal.valueOf(Long.MAX_VALUE - 1000)).longValue();
        long low = field.min() != null ? field.min() : 0;
        long high = field.max() != null ? field.max() : Math.max(low, Math.min(highest, low + 1000));
        long room = high - low;
        // A negative room is a subtraction that overflowed: a range wider than any variant.
        return low + (room < 0 ? variant : Math.min(variant, room));
    }
}
