package cleanarch.types;

import cleanarch.project.FieldDefinition;
import cleanarch.project.FieldView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code enum=A|B|C}: an enum type of its own ({@code <Entity><Field>}), stored by name in a {@code varchar} with a
 * check of the allowed names.
 */
public class EnumKind implements FieldKind {

    @Override
    public String boxedType(FieldView field) {
        return field.getEnumType();
    }

    @Override
    public String sqlType(FieldDefinition field) {
        return "varchar(" + length(field) + ")";
    }

    /** The column's length, in the mapping too, so that Hibernate's schema tools see no difference. */
    @Override
    public List<String> columnAttributes(FieldDefinition field) {
        return List.of("length = " + length(field));
    }

    private static int length(FieldDefinition field) {
        return field.enumValues().stream().mapToInt(String::length).max().orElse(1);
    }

    @Override
    public List<String> entityAnnotations() {
        return List.of("@Enumerated(EnumType.STRING)");
    }

    @Override
    public List<String> entityImports() {
        return List.of("jakarta.persistence.EnumType", "jakarta.persistence.Enumerated");
    }

    @Override
    public Optional<String> check(String column, FieldDefinition field) {
        return Optional.of("check (" + column + " in (" + String.join(", ",
                field.enumValues().stream().map(JavaText::sqlString).toList()) + "))");
    }

    @Override
    public boolean canBeUnique() {
        return false;
    }

    @Override
    public void checkDefault(String value, FieldDefinition field) {
        if (!field.enumValues().contains(value)) {
            throw new IllegalArgumentException("it is not one of " + String.join(", ", field.enumValues()));
        }
    }

    @Override
    public String javaLiteral(String value, FieldView field) {
        return field.getEnumType() + "." + value;
    }

    /** Besides other JSON types: an ordinal, an empty text, a name in other letters and a name it does not have. */
    @Override
    public List<String> refusedJson(FieldDefinition field) {
        List<String> refused = OtherJsonTypes.thanString("0", "\"\"");
        refused.addAll(wrongNames(field).stream().map(OtherJsonTypes::quoted).toList());
        return refused;
    }

    @Override
    public List<String> refusedFilterValues(FieldDefinition field) {
        List<String> refused = new ArrayList<>(List.of("0"));
        refused.addAll(wrongNames(field));
        return refused;
    }

    /** The first name in other letters (when that is no name too), and a name that is none of them. */
    private static List<String> wrongNames(FieldDefinition field) {
        List<String> values = field.enumValues();
        List<String> wrong = new ArrayList<>();
        String first = values.get(0);
        String otherCase = first.equals(first.toLowerCase(Locale.ROOT)) ? first.toUpperCase(Locale.ROOT)
                : first.toLowerCase(Locale.ROOT);
        if (!values.contains(otherCase)) {
            wrong.add(otherCase);
        }
        String unknown = "NOT_" + first;
        while (values.contains(unknown)) {
            unknown = "NOT_" + unknown;
        }
        wrong.add(unknown);
        return wrong;
    }

    @Override
    public String sampleJson(FieldView field, int variant) {
        List<String> values = field.definition().enumValues();
        return "\"" + values.get(variant % values.size()) + "\"";
    }
}
