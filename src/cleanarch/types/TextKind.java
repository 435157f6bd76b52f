package cleanarch.types;

import cleanarch.project.FieldDefinition;
import cleanarch.project.FieldView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A type held in a Java {@code String} whose {@code min}/{@code max} bound its length. */
public abstract class TextKind implements FieldKind {

    /**
     * The longest minimum length: the generated tests write a sample of that length into their source, and a Java
     * string constant holds at most 65535 bytes.
     */
    static final long MAX_MIN_LENGTH = 1000;

    /**
     * The longest text a test sends to find a maximum length enforced; past it the body would be refused as too
     * large (1 MB) rather than the field as too long.
     */
    private static final long LONGEST_REFUSED = 100_000;

    @Override
    public String boxedType(FieldView field) {
        return "String";
    }

    @Override
    public boolean isText() {
        return true;
    }

    /** The length {@code max} may reach: what the column type holds. */
    abstract long longestMax();

    /** The maximum length when none is given: {@code varchar}'s, or none (null) for {@code text}. */
    Long defaultMax() {
        return null;
    }

    /** The maximum length in force: the one given, else the type's own. */
    final Long maxLength(FieldDefinition field) {
        return field.max() != null ? field.max() : defaultMax();
    }

    @Override
    public List<String> valueAnnotations(FieldDefinition field) {
        Long max = maxLength(field);
        if (field.min() == null && max == null) {
            return List.of();
        }
        List<String> bounds = new ArrayList<>();
        if (field.min() != null) {
            bounds.add("min = " + field.min());
        }
        if (max != null) {
            bounds.add("max = " + max);
        }
        return List.of("@Size(" + String.join(", ", bounds) + ")");
    }

    @Override
    public Optional<String> check(String column, FieldDefinition field) {
        // A varchar(n) column bounds the length from above by itself.
        Long max = defaultMax() == null ? field.max() : null;
        return NumberKind.range("char_length(" + column + ")", field.min(), max);
    }

    @Override
    public void checkBounds(FieldDefinition field) {
        if (field.min() != null && (field.min() < 0 || field.min() > MAX_MIN_LENGTH)) {
            throw new IllegalArgumentException("min must be between 0 and " + MAX_MIN_LENGTH);
        }
        if (field.max() != null && (field.max() < 1 || field.max() > longestMax())) {
            throw new IllegalArgumentException("max must be between 1 and " + longestMax());
        }
        Long max = maxLength(field);
        if (field.min() != null && max != null && field.min() > max) {
            throw new IllegalArgumentException("min " + field.min() + " is greater than the maximum length " + max);
        }
    }

    @Override
    public void checkDefault(String value, FieldDefinition field) {
        if (JavaText.hasControlCharacter(value)) {
            throw new IllegalArgumentException("it holds a control character");
        }
        int length = value.codePointCount(0, value.length());
        Long max = maxLength(field);
        if (field.min() != null && length < field.min() || max != null && length > max) {
            throw new IllegalArgumentException("its length " + length + " is outside the field's bounds");
        }
        if (field.required() && value.isBlank()) {
            throw new IllegalArgumentException("a required field cannot default to blanks");
        }
    }

    @Override
    public String javaLiteral(String value, FieldView field) {
        return JavaText.string(value);
    }

    @Override
    public String sampleJson(FieldView field, int variant) {
        return "\"" + sampleText(field.getJson() + " " + variant, field.definition(), variant) + "\"";
    }

    @Override
    public List<String> refusedJson(FieldDefinition field) {
        // A U+0000, which PostgreSQL's text cannot hold, as JSON writes it.
        List<String> refused = OtherJsonTypes.thanString("\"a\\u0000b\"");
        Long max = maxLength(field);
        if (max != null && max < LONGEST_REFUSED) {
            refused.add(OtherJsonTypes.quoted("x".repeat((int) (max + 1))));
        }
        if (field.min() != null && field.min() > 0) {
            refused.add(OtherJsonTypes.quoted("x".repeat((int) (field.min() - 1))));
        }
        if (field.required()) {
            refused.add("\"  \"");
        }
        return refused;
    }

    /** {@code text} made to fit the field's length bounds. */
    static String sampleText(String text, FieldDefinition field, int variant) {
        if (field.max() != null && text.length() > field.max()) {
            text = Character.toString('a' + variant % 26).repeat((int) (long) field.max());
        }
        if (field.min() != null && text.length() < field.min()) {
            text = text + "x".repeat((int) (field.min() - text.length()));
        }
        return text;
    }
}
