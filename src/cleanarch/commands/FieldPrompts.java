package cleanarch.commands;

import cleanarch.UserError;
import cleanarch.project.FieldDefinition;
import cleanarch.project.FieldParser;
import cleanarch.project.FieldType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Asks for an entity's fields one by one, as JHipster's entity prompts do: name, type from a numbered list, then
 * each modifier the type takes. Every answer is checked by building the field's argument ({@code
 * name:type:modifier...}) and handing it to the field parser and the entity's rules, the very checks the command
 * line gets, so a refused answer is asked again with the same one-line error. A modifier is offered only when the
 * parser accepts it for the type.
 */
final class FieldPrompts {

    private final Prompter prompter;
    private final String entityName;
    private final Set<String> entities;
    private final List<FieldDefinition> existing;
    private final boolean mayHaveRows;
    private final List<String> specs = new ArrayList<>();

    /** For the fields of a new entity. */
    static FieldPrompts forNewEntity(Prompter prompter, String entityName, Set<String> entities) {
        return new FieldPrompts(prompter, entityName, entities, List.of(), false);
    }

    /**
     * For fields added to an entity whose table may hold rows: a required field needs a default for them, so a
     * required field is asked for its default until it has one, and a reference (which takes no default) cannot be
     * required.
     */
    static FieldPrompts forExistingEntity(Prompter prompter, String entityName, Set<String> entities,
            List<FieldDefinition> existing) {
        return new FieldPrompts(prompter, entityName, entities, existing, true);
    }

    /**
     * @param entities the project's entities, which reference fields may name
     * @param existing the entity's fields so far (none for a new entity)
     */
    private FieldPrompts(Prompter prompter, String entityName, Set<String> entities, List<FieldDefinition> existing,
            boolean mayHaveRows) {
        this.prompter = prompter;
        this.entityName = entityName;
        this.entities = entities;
        this.existing = existing;
        this.mayHaveRows = mayHaveRows;
    }

    /** The type names of the grammar, in the order they are offered. */
    static List<String> typeNames() {
        return Arrays.stream(FieldType.values()).map(FieldType::token).toList();
    }

    /** Asks for fields until an empty name; returns their arguments, {@code name:type[:modifier]...}. */
    List<String> ask() {
        prompter.say("Fields of " + entityName + " (id, created_at and updated_at are built in); Enter on an empty "
                + "name ends the list.");
        while (true) {
            String name = prompter.ask("Field name", "", answer -> answer.isEmpty() ? answer
                    : checked(answer + ":string", answer));
            if (name.isEmpty()) {
                return List.copyOf(specs);
            }
            String typed = name + ":" + type(name);
            boolean reference = typed.contains(":ref=");
            String field = typed;
            if (!(mayHaveRows && reference)) {
                field = flag(typed, field, "required", "Required?");
            }
            field = flag(typed, field, "unique", "Unique?");
            field = bound(typed, field, "min", "Minimum: a length for text, a value for numbers (Enter for none)");
            field = bound(typed, field, "max", "Maximum (Enter for none)");
            if (mayHaveRows && field.contains(":required")) {
                String required = field;
                field = prompter.ask("Default value, for the rows " + entityName + " may already have", null,
                        answer -> checked(required + ":default=" + answer, required + ":default=" + answer));
            } else if (!reference) {
                field = option(field, "Default value, filled in when a create leaves it out (Enter for none)",
                        "default=");
            }
            field = flag(typed, field, "cascade", "Delete this row when the row it refers to is deleted?");
            specs.add(field);
        }
    }

    private String type(String name) {
        String type = prompter.choose("Type of " + name, typeNames(), typeNames().get(0));
        return switch (type) {
            case "enum" -> prompter.ask("Values, separated by | (e.g. DRAFT|PUBLISHED)", null,
                    answer -> checked(name + ":enum=" + answer, "enum=" + answer));
            case "ref" -> prompter.ask("Entity it refers to (" + String.join(", ", referable()) + ")", null,
                    answer -> checked(name + ":ref=" + answer, "ref=" + answer));
            default -> checked(name + ":" + type, type);
        };
    }

    /**
     * Offers a modifier without a value if the parser takes it for a field of this type ({@code typed}: the field
     * without modifiers); returns the field with the modifier if the answer is yes.
     */
    private String flag(String typed, String field, String modifier, String question) {
        if (!accepted(typed + ":" + modifier)) {
            return field;
        }
        return prompter.confirm(question, false) ? checked(field + ":" + modifier, field + ":" + modifier) : field;
    }

    /**
     * Offers {@code min=}/{@code max=} if the parser takes a bound for a field of this type (64: a bound every
     * bounded type takes, an e-mail address's included).
     */
    private String bound(String typed, String field, String modifier, String question) {
        return accepted(typed + ":" + modifier + "=64") ? option(field, question, modifier + "=") : field;
    }

    private String option(String field, String question, String prefix) {
        return prompter.ask(question, "", answer -> answer.isEmpty() ? field
                : checked(field + ":" + prefix + answer, field + ":" + prefix + answer));
    }

    private boolean accepted(String field) {
        try {
            checked(field, field);
            return true;
        } catch (UserError e) {
            return false;
        }
    }

    /**
     * Returns {@code result} if the field argument {@code field} passes every check the command line makes, with
     * the fields asked for before it; throws the check's {@link UserError} otherwise.
     */
    private String checked(String field, String result) {
        List<String> all = new ArrayList<>(specs);
        all.add(field);
        List<FieldDefinition> fields = new ArrayList<>(existing);
        fields.addAll(FieldParser.parseAll(all));
        FieldRules.requireUsable(entityName, fields);
        FieldRules.requireReferencesExist(entityName, fields, entities);
        return result;
    }

    private List<String> referable() {
        Set<String> names = new TreeSet<>(entities);
        names.add(entityName);
        return List.copyOf(names);
    }
}
