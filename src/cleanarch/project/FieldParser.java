package cleanarch.project;

import cleanarch.UserError;
import cleanarch.naming.JavaKeywords;
import cleanarch.naming.Names;
import cleanarch.naming.SqlNames;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses the field grammar {@code name:type[:modifier]...}: the types of {@link FieldType}, modifiers
 * {@code required unique max=N min=N default=VALUE cascade}; each type's class checks its bounds and default. A
 * reference {@code author:ref=Author} is the field {@code authorId}: column and JSON name {@code author_id}.
 */
public final class FieldParser {

    /** Every entity has these; a user field of the same name would clash with them. */
    public static final Set<String> BUILT_IN_FIELDS = Set.of("id", "createdAt", "updatedAt");

    private static final Pattern FIELD_NAME = Pattern.compile("[a-z][a-zA-Z0-9]*(_[a-z0-9]+)*");
    private static final Set<String> MODIFIERS = Set.of("required", "unique", "min", "max", "default", "cascade");

    private static final Pattern ENUM_VALUE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private FieldParser() {
    }

    public static List<FieldDefinition> parseAll(List<String> specs) {
        List<FieldDefinition> fields = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String spec : specs) {
            FieldDefinition field = parse(spec);
            if (!names.add(field.name())) {
                throw new UserError("duplicate field '" + field.name() + "'");
            }
            fields.add(field);
        }
        return fields;
    }

    public static FieldDefinition parse(String spec) {
        String[] parts = spec.split(":", -1);
        if (parts.length < 2) {
            throw new UserError("invalid field '" + spec + "': expected name:type[:modifier]... (e.g. title:string)");
        }
        String name = fieldName(parts[0], spec);
        String typeToken = parts[1];
        List<String> enumValues = List.of();
        String reference = null;
        FieldType type;
        if (typeToken.startsWith("ref=")) {
            type = FieldType.REF;
            reference = referencedEntity(typeToken.substring("ref=".length()), spec);
            name = name.endsWith("Id") ? name : name + "Id";
            if (BUILT_IN_FIELDS.contains(name)) {
                throw new UserError("invalid reference name in '" + spec + "': it would be the built-in field " + name);
            }
        } else if (typeToken.startsWith("enum=")) {
            type = FieldType.ENUM;
            enumValues = enumValues(typeToken.substring("enum=".length()), spec);
        } else {
            type = FieldType.fromToken(typeToken).orElseThrow(() -> new UserError("unknown type '" + typeToken
                    + "' in field '" + spec + "': use " + String.join(", ", FieldType.spellings())));
        }
        boolean required = false;
        boolean unique = false;
        Long min = null;
        Long max = null;
        String defaultValue = null;
        boolean cascade = false;
        Set<String> seen = new HashSet<>();
        for (int i = 2; i < parts.length; i++) {
            String modifier = parts[i];
            // A default may hold colons (a time, an instant): the parts up to the next modifier are its own.
            while (modifier.startsWith("default=") && i + 1 < parts.length && !isModifier(parts[i + 1])) {
                modifier = modifier + ":" + parts[++i];
            }
            String key = modifier.contains("=") ? modifier.substring(0, modifier.indexOf('=')) : modifier;
            String value = modifier.contains("=") ? modifier.substring(modifier.indexOf('=') + 1) : null;
            if (!seen.add(key)) {
                throw new UserError("modifier '" + key + "' given twice in field '" + spec + "'");
            }
            switch (key) {
                case "required" -> required = flag(value, key, spec);
                case "unique" -> unique = uniqueFlag(value, type, spec);
                case "min" -> min = bound(value, key, spec);
                case "max" -> max = bound(value, key, spec);
                case "default" -> defaultValue = defaultValue(value, type, spec);
                case "cascade" -> {
                    if (reference == null) {
                        throw new UserError("modifier 'cascade' only applies to ref fields, in '" + spec + "'");
                    }
                    cascade = flag(value, key, spec);
                }
                default -> throw new UserError("unknown modifier '" + modifier + "' in field '" + spec
                        + "': use required, unique, min=N, max=N, default=VALUE or (for ref) cascade");
            }
        }
        FieldDefinition field = new FieldDefinition(name, type, enumValues, required, unique, min, max,
                defaultValue, reference, cascade);
        check(field, spec);
        return field;
    }

    /** What the field's type says of its bounds and default, and what PostgreSQL allows of its column's name. */
    private static void check(FieldDefinition field, String spec) {
        try {
            field.type().kind().checkBounds(field);
        } catch (IllegalArgumentException e) {
            throw new UserError("invalid bounds in field '" + spec + "': " + e.getMessage());
        }
        if (field.defaultValue() != null) {
            try {
                field.type().kind().checkDefault(field.defaultValue(), field);
            } catch (RuntimeException e) {
                String reason = e.getMessage() == null || e instanceof DateTimeParseException
                        || e instanceof NumberFormatException ? "" : ": " + e.getMessage();
                throw new UserError("default value '" + field.defaultValue() + "' is not a valid "
                        + field.type().token() + " in field '" + spec + "'" + reason);
            }
        }
        if (Names.snake(field.name()).length() > SqlNames.MAX_IDENTIFIER_LENGTH) {
            throw new UserError("field name '" + field.name() + "' is too long: PostgreSQL names have at most "
                    + SqlNames.MAX_IDENTIFIER_LENGTH + " characters");
        }
    }

    private static boolean isModifier(String part) {
        String key = part.contains("=") ? part.substring(0, part.indexOf('=')) : part;
        return MODIFIERS.contains(key);
    }

    private static String fieldName(String raw, String spec) {
        // Checked again for a reference once "Id" is appended.
        if (!FIELD_NAME.matcher(raw).matches()) {
            throw new UserError("invalid field name '" + raw + "' in '" + spec + "': use camelCase or snake_case "
                    + "starting with a lower-case letter");
        }
        String name = Names.camel(raw);
        if (JavaKeywords.isKeyword(name)) {
            throw new UserError("invalid field name '" + raw + "': '" + name + "' is a Java keyword");
        }
        if (BUILT_IN_FIELDS.contains(name)) {
            throw new UserError("field '" + raw + "' is built in: every entity already has id, created_at and "
                    + "updated_at");
        }
        return name;
    }

    private static String referencedEntity(String raw, String spec) {
        if (!ENUM_VALUE.matcher(raw).matches()) {
            throw new UserError("invalid referenced entity '" + raw + "' in field '" + spec + "': name an entity of "
                    + "the project, as in author:ref=Author");
        }
        return Names.pascal(raw);
    }

    private static List<String> enumValues(String list, String spec) {
        Set<String> values = new LinkedHashSet<>();
        for (String raw : list.split("\\|", -1)) {
            if (!ENUM_VALUE.matcher(raw).matches()) {
                throw new UserError("invalid enum value '" + raw + "' in field '" + spec + "': use letters, digits "
                        + "and underscores, starting with a letter (quote the field: 'status:enum=OPEN|CLOSED')");
            }
            String value = Names.snake(raw).toUpperCase(java.util.Locale.ROOT);
            if (!values.add(value)) {
                throw new UserError("duplicate enum value '" + value + "' in field '" + spec + "'");
            }
        }
        return List.copyOf(values);
    }

    private static boolean flag(String value, String key, String spec) {
        if (value != null) {
            throw new UserError("modifier '" + key + "' takes no value in field '" + spec + "'");
        }
        return true;
    }

    private static boolean uniqueFlag(String value, FieldType type, String spec) {
        if (!type.kind().canBeUnique()) {
            throw new UserError("modifier 'unique' does not apply to type " + type.token() + " in field '" + spec
                    + "': it has too few values to tell rows apart");
        }
        return flag(value, "unique", spec);
    }

    private static Long bound(String value, String key, String spec) {
        try {
            return Long.parseLong(value == null ? "" : value);
        } catch (NumberFormatException e) {
            throw new UserError("modifier '" + key + "' needs a whole number, as in " + key + "=10, in field '"
                    + spec + "'");
        }
    }

    private static String defaultValue(String value, FieldType type, String spec) {
        if (value == null || value.isEmpty()) {
            throw new UserError("modifier 'default' needs a value, as in default=0, in field '" + spec + "'");
        }
        if (!type.kind().canHaveDefault()) {
            throw new UserError("a " + type.token() + " field takes no default, in '" + spec + "'");
        }
        return value;
    }
}
