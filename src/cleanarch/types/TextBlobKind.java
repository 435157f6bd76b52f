package cleanarch.types;

import cleanarch.project.FieldDefinition;
import java.util.List;

/** {@code text}: PostgreSQL's unbounded {@code text}, bounded by a check when {@code max} is given. */
public class TextBlobKind extends TextKind {

    /** PostgreSQL keeps at most 1 GB in one field. */
    private static final long TEXT_LIMIT = 1_073_741_823;

    @Override
    long longestMax() {
        return TEXT_LIMIT;
    }

    @Override
    public String sqlType(FieldDefinition field) {
        return "text";
    }

    @Override
    public List<String> columnAttributes(FieldDefinition field) {
        return List.of("columnDefinition = \"text\"");
    }
}
