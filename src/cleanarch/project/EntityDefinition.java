package cleanarch.project;

import java.util.List;

/** An entity as the user defined it: its name in PascalCase and its fields in order. */
public record EntityDefinition(String name, List<FieldDefinition> fields) {

    public EntityDefinition {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
