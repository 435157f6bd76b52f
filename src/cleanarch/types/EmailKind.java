package cleanarch.types;

import cleanarch.project.FieldDefinition;
import cleanarch.project.FieldView;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** {@code email}: a {@code string} that must be an e-mail address ({@code @Email}). */
public class EmailKind extends StringKind {

    /** The shortest sample address the tests can write, {@code e1@x.io}. */
    private static final long SHORTEST_MAX = 8;

    /** What the generator accepts as a default; Hibernate Validator's {@code @Email} has the final word. */
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    @Override
    public List<String> valueAnnotations(FieldDefinition field) {
        List<String> annotations = new ArrayList<>(List.of("@Email"));
        annotations.addAll(super.valueAnnotations(field));
        return annotations;
    }

    @Override
    public void checkBounds(FieldDefinition field) {
        super.checkBounds(field);
        if (field.max() != null && field.max() < SHORTEST_MAX) {
            throw new IllegalArgumentException("max must be at least " + SHORTEST_MAX + " for an address");
        }
        if (field.min() != null && field.min() > 64) {
            throw new IllegalArgumentException("min must be at most 64 for an address");
        }
    }

    @Override
    public void checkDefault(String value, FieldDefinition field) {
        super.checkDefault(value, field);
        if (!ADDRESS.matcher(value).matches()) {
            throw new IllegalArgumentException("it is not an e-mail address");
        }
    }

    @Override
    public List<String> refusedJson(FieldDefinition field) {
        List<String> refused = new ArrayList<>(super.refusedJson(field));
        refused.add("\"not an address\"");
        return refused;
    }

    @Override
    public String sampleJson(FieldView field, int variant) {
        FieldDefinition definition = field.definition();
        String domain = definition.max() != null && definition.max() < 16 ? "@x.io" : "@example.com";
        String local = "e" + variant;
        if (definition.min() != null && local.length() + domain.length() < definition.min()) {
            local = local + "x".repeat((int) (definition.min() - local.length() - domain.length()));
        }
        return "\"" + local + domain + "\"";
    }
}
