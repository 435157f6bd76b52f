package cleanarch.types;

import cleanarch.project.FieldDefinition;
import java.util.List;

/** {@code string}: a {@code varchar(max)}, 255 characters unless {@code max} says otherwise. */
public class StringKind extends TextKind {

    /** PostgreSQL's limit for {@code varchar(n)}. */
    private static final long VARCHAR_LIMIT = 10_485_760;

    private static final long DEFAULT_LENGTH = 255;

    @Override
    long longestMax() {
        return VARCHAR_LIMIT;
    }

    @Override
    Long defaultMax() {
        return DEFAULT_LENGTH;
    }

    @Override
    public String sqlType(FieldDefinition field) {
        return "varchar(" + maxLength(field) + ")";
    }

    @Override
    public List<String> columnAttributes(FieldDefinition field) {
        return List.of("length = " + maxLength(field));
    }
}
