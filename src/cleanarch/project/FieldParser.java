package cleanarch.project;

import cleanarch.UserError;
import cleanarch.naming.JavaKeywords;
import cleanarch.naming.Names;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses the field grammar {@code name:type[:modifier]...}: types {@code string text int long decimal boolean date
 * datetime uuid enum=A|B|C ref=Entity}, modifiers {@code required unique max=N min=N default=VALUE cascade}. A
 * reference {@code author:ref=Author} is the field {@code authorId}: column and JSON name {@code author_id}.
 */
public final class FieldParser {

    /** Every entity has these; a user field of the same name would clash with them. */
    public static final Set<String> BUILT_IN_FIELDS = Set.of("id", "createdAt", "updatedAt");

    private static final Pattern FIELD_NAME = Pattern.compile("[a-z][a-zA-Z0-9]*(_[a-z0-9]+)*");
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
                    + "' in field '" + spec + "': use string, text, int, long, decimal, boolean, date, datetime, "
                    + "uuid, enum=A|B|C or ref=Entity"));
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
            String key = modifier.contains("=") ? modifier.substring(0, modifier.indexOf('=')) : modifier;
            String value = modifier.contains("=") ? modifier.substring(modifier.indexOf('=') + 1) : null;
            if (!seen.add(key)) {
                throw new UserError("modifier '" + key + "' given twice in field '" + spec + "'");
            }
            switch (key) {
                case "required" -> required = flag(value, key, spec);
                case "unique" -> unique = uniqueFlag(value, type, spec);
                case "min" -> min = bound(value, key, type, spec);
                case "max" -> max = bound(value, key, type, spec);
                case "default" -> defaultValue = defaultValue(value, type, enumValues, spec);
                case "cascade" -> {
                    if (type != FieldType.REF) {
                        throw new UserError("modifier 'cascade' only applies to ref fields, in '" + spec + "'");
                    }
                    cascade = flag(value, key, spec);
                }
                default -> throw new UserError("unknown modifier '" + modifier + "' in field '" + spec
                        + "': use required, unique, min=N, max=N, default=VALUE or (for ref) cascade");
            }
        }
        if (min != null && max != null && min > max) {
            throw new UserError("min is greater than max in field '" + spec + "'");
        }
        return new FieldDefinition(name, type, enumValues, required, unique, min, max, defaultValue, reference,
                cascade);
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
        if (type == FieldType.BOOLEAN || type == FieldType.ENUM) {
            throw new UserError("modifier 'unique' does not apply to type " + type.token() + " in field '" + spec
                    + "': it has too few values to tell rows apart");
        }
        return flag(value, "unique", spec);
    }

    private static Long bound(String value, String key, FieldType type, String spec) {
        if (!type.isNumeric() && !type.isText()) {
            throw new UserError("modifier '" + key + "' does not apply to type " + type.token() + " in field '"
                    + spec + "'");
        }
        try {
            long bound = Long.parseLong(value == null ? "" : value);
            if (type.isText() && bound < 0) {
                throw new UserError("modifier '" + key + "' must not be negative for a " + type.token()
                        + " field in '" + spec + "'");
            }
            return bound;
        } catch (NumberFormatException e) {
            throw new UserError("modifier '" + key + "' needs a whole number, as in " + key + "=10, in field '"
                    + spec + "'");
        }
    }

    private static String defaultValue(String value, FieldType type, List<String> enumValues, String spec) {
        if (value == null || value.isEmpty()) {
            throw new UserError("modifier 'default' needs a value, as in default=0, in field '" + spec + "'");
        }
        if (type == FieldType.REF) {
            throw new UserError("a ref field takes no default, in '" + spec + "'");
        }
        try {
            switch (type) {
                case INT -> Integer.parseInt(value);
                case LONG -> Long.parseLong(value);
                case DECIMAL -> new BigDecimal(value);
                case BOOLEAN -> {
                    if (!value.equals("true") && !value.equals("false")) {
                        throw new IllegalArgumentException();
                    }
                }
                case DATE -> LocalDate.parse(value);
                case DATETIME -> OffsetDateTime.parse(value);
                case UUID -> java.util.UUID.fromString(value);
                case ENUM -> {
                    if (!enumValues.contains(value)) {
                        throw new IllegalArgumentException();
                    }
                }
                case STRING, TEXT, REF -> {
                    // Any text is a valid default (and a reference has none: refused above).
                }
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new UserError("default value '" + value + "' is not a valid " + type.token() + " in field '"
                    + spec + "'");
        }
        return value;
    }
}
