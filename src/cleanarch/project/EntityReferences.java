package cleanarch.project;

import cleanarch.naming.Names;
import java.util.List;

/** Which entities refer to an entity through their {@code ref=} fields. */
public final class EntityReferences {

    private EntityReferences() {
    }

    /** The other entities with a field referring to {@code entity}, as {@code Book.author_id}, in project order. */
    public static List<String> to(String entity, List<EntityDefinition> entities) {
        return entities.stream().filter(other -> !other.name().equals(entity))
                .flatMap(other -> other.fields().stream().filter(field -> entity.equals(field.reference()))
                        .map(field -> other.name() + "." + Names.snake(field.name())))
                .toList();
    }
}
