package cleanarch.commands;

import cleanarch.UserError;
import cleanarch.naming.Names;
import cleanarch.naming.SqlNames;
import cleanarch.project.FieldDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rules on an entity's fields taken together, beyond what the field grammar checks one field at a time. */
final class FieldRules {

    /** Query parameters every listing reads itself: a field of that name could never be filtered on. */
    private static final Set<String> LISTING_PARAMETERS = Set.of("page", "per_page", "itemized", "sort", "after");

    private FieldRules() {
    }

    /** Every reference names an entity of the project (or the entity itself, optionally). */
    static void requireReferencesExist(String entityName, List<FieldDefinition> fields, Set<String> entities) {
        for (FieldDefinition field : fields) {
            if (field.reference() == null) {
                continue;
            }
            if (field.reference().equals(entityName)) {
                if (field.required()) {
                    throw new UserError("field '" + field.name() + "' refers to " + entityName + " itself, so it "
                            + "cannot be required: the first row would have nothing to refer to");
                }
            } else if (!entities.contains(field.reference())) {
                throw new UserError("field '" + field.name() + "' refers to entity " + field.reference()
                        + ", which does not exist in this project; add it first");
            }
        }
    }

    static void requireUsable(String entityName, List<FieldDefinition> fields) {
        Set<String> names = new HashSet<>();
        for (FieldDefinition field : fields) {
            if (!names.add(field.name())) {
                throw new UserError("duplicate field '" + field.name() + "' in entity " + entityName);
            }
            String json = Names.snake(field.name());
            if (LISTING_PARAMETERS.contains(json)) {
                throw new UserError("field '" + field.name() + "' is taken: page, per_page and itemized are the "
                        + "listing's own query parameters");
            }
            String index = Names.pluralSnake(entityName) + "_" + json + "_idx";
            if (field.reference() != null && index.length() > SqlNames.MAX_IDENTIFIER_LENGTH) {
                throw new UserError("field '" + field.name() + "' is too long a name in entity " + entityName
                        + ": its index " + index + " would be longer than PostgreSQL's "
                        + SqlNames.MAX_IDENTIFIER_LENGTH + " characters");
            }
            // Generated methods name the entity's variable and the toString builder; a field of the same name
            // would be shadowed by them.
            if (field.name().equals(Names.camel(entityName)) || field.name().equals("fields")) {
                throw new UserError("field '" + field.name() + "' is taken in entity " + entityName
                        + ": it would clash with a variable of the generated code");
            }
        }
    }
}
