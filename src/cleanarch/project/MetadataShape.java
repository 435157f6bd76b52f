package cleanarch.project;

import cleanarch.UserError;
import cleanarch.naming.EntityNames;
import cleanarch.naming.Identifiers;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks that the JSON of a metadata file has the shape {@link ProjectMetadata} reads, before Gson maps it: a
 * file edited by hand or damaged gets one line naming the key that is wrong, never Gson's exception text, and
 * nothing of it reaches the planners as a null or a silently dropped value (Gson maps an unknown enum constant to
 * null).
 */
final class MetadataShape {

    private static final Pattern FIELD_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern ENUM_VALUE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private MetadataShape() {
    }

    /** Refuses, with the path of the first wrong key ({@code entities[0].fields[1].type}), a tree of another shape. */
    static void check(JsonElement root) {
        JsonObject metadata = object(root, "the top level");
        string(metadata, "generator", "generator", true);
        string(metadata, "generator_version", "generator_version", true);
        JsonObject project = object(required(metadata, "project", "project"), "project");
        checkProject(project);
        JsonElement entities = metadata.get("entities");
        if (entities == null || entities.isJsonNull()) {
            return;
        }
        JsonArray list = array(entities, "entities");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            names.add(checkEntity(list.get(i), "entities[" + i + "]"));
        }
        for (int i = 0; i < list.size(); i++) {
            JsonElement fields = list.get(i).getAsJsonObject().get("fields");
            if (fields == null || fields.isJsonNull()) {
                continue;
            }
            for (int j = 0; j < fields.getAsJsonArray().size(); j++) {
                JsonObject field = fields.getAsJsonArray().get(j).getAsJsonObject();
                String reference = string(field, "reference", "", false);
                if (reference != null && !names.contains(reference)) {
                    throw wrong("entities[" + i + "].fields[" + j + "].reference", "names the entity '" + reference
                            + "', which the file does not define");
                }
            }
        }
    }

    private static void checkProject(JsonObject project) {
        String name = string(project, "name", "project.name", true);
        named("project.name", () -> Identifiers.requireProjectName(name));
        String groupId = string(project, "group_id", "project.group_id", true);
        named("project.group_id", () -> Identifiers.requirePackage("group id", groupId));
        String packageName = string(project, "package_name", "project.package_name", true);
        named("project.package_name", () -> Identifiers.requirePackage("package", packageName));
        String prefix = string(project, "service_prefix", "project.service_prefix", false);
        if (prefix != null) {
            named("project.service_prefix", () -> {
                if (!Identifiers.servicePrefix(prefix).equals(prefix)) {
                    throw new UserError("'" + prefix + "' has surrounding slashes");
                }
            });
        }
        long port = integer(project, "port", "project.port", true);
        if (port < 1 || port > 65535) {
            throw wrong("project.port", "is " + port + ", not a port between 1 and 65535");
        }
        bool(project, "example", "project.example");
    }

    /** @return the entity's name */
    private static String checkEntity(JsonElement element, String path) {
        JsonObject entity = object(element, path);
        String name = string(entity, "name", path + ".name", true);
        named(path + ".name", () -> {
            if (!EntityNames.require(name).equals(name)) {
                throw new UserError("'" + name + "' is not in PascalCase");
            }
        });
        JsonElement fields = entity.get("fields");
        if (fields == null || fields.isJsonNull()) {
            return name;
        }
        JsonArray list = array(fields, path + ".fields");
        for (int i = 0; i < list.size(); i++) {
            checkField(list.get(i), path + ".fields[" + i + "]");
        }
        return name;
    }

    private static void checkField(JsonElement element, String path) {
        JsonObject field = object(element, path);
        String name = string(field, "name", path + ".name", true);
        if (!FIELD_NAME.matcher(name).matches()) {
            throw wrong(path + ".name", "is '" + name + "', not a camelCase name");
        }
        String token = string(field, "type", path + ".type", true);
        FieldType type = FieldType.fromToken(token).orElseThrow(() -> wrong(path + ".type", "is '" + token
                + "', not one of " + Arrays.stream(FieldType.values()).map(FieldType::token)
                        .collect(Collectors.joining(", "))));
        JsonElement values = field.get("enum_values");
        int count = 0;
        if (values != null && !values.isJsonNull()) {
            JsonArray list = array(values, path + ".enum_values");
            for (int i = 0; i < list.size(); i++) {
                String value = string(list.get(i), path + ".enum_values[" + i + "]");
                if (!ENUM_VALUE.matcher(value).matches()) {
                    throw wrong(path + ".enum_values[" + i + "]", "is '" + value + "', not an UPPER_SNAKE_CASE name");
                }
            }
            count = list.size();
        }
        if ((type == FieldType.ENUM) != (count > 0)) {
            throw wrong(path + ".enum_values", type == FieldType.ENUM ? "is empty for an enum field"
                    : "is given for a field that is not an enum");
        }
        bool(field, "required", path + ".required");
        bool(field, "unique", path + ".unique");
        bool(field, "cascade", path + ".cascade");
        integer(field, "min", path + ".min", false);
        integer(field, "max", path + ".max", false);
        string(field, "default_value", path + ".default_value", false);
        String reference = string(field, "reference", path + ".reference", false);
        if ((type == FieldType.REF) != (reference != null)) {
            throw wrong(path + ".reference", type == FieldType.REF ? "is missing for a ref field"
                    : "is given for a field that is not a ref");
        }
    }

    private static JsonElement required(JsonObject object, String key, String path) {
        JsonElement value = object.get(key);
        if (value == null || value.isJsonNull()) {
            throw wrong(path, "is missing");
        }
        return value;
    }

    private static JsonObject object(JsonElement element, String path) {
        if (!element.isJsonObject()) {
            throw wrong(path, "is " + kind(element) + ", not an object");
        }
        return element.getAsJsonObject();
    }

    private static JsonArray array(JsonElement element, String path) {
        if (!element.isJsonArray()) {
            throw wrong(path, "is " + kind(element) + ", not a list");
        }
        return element.getAsJsonArray();
    }

    /** The string under {@code key}, or null when it is absent and {@code mandatory} is false. */
    private static String string(JsonObject object, String key, String path, boolean mandatory) {
        JsonElement value = mandatory ? required(object, key, path) : object.get(key);
        return value == null || value.isJsonNull() ? null : string(value, path);
    }

    private static String string(JsonElement element, String path) {
        if (!(element instanceof JsonPrimitive primitive) || !primitive.isString()) {
            throw wrong(path, "is " + kind(element) + ", not a string");
        }
        return primitive.getAsString();
    }

    private static long integer(JsonObject object, String key, String path, boolean mandatory) {
        JsonElement value = mandatory ? required(object, key, path) : object.get(key);
        if (value == null || value.isJsonNull()) {
            return 0;
        }
        if (!(value instanceof JsonPrimitive primitive) || !primitive.isNumber()) {
            throw wrong(path, "is " + kind(value) + ", not a whole number");
        }
        try {
            return new BigDecimal(primitive.getAsString()).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw wrong(path, "is " + primitive.getAsString() + ", not a whole number within 64 bits");
        }
    }

    private static void bool(JsonObject object, String key, String path) {
        JsonElement value = object.get(key);
        if (value != null && !value.isJsonNull()
                && !(value instanceof JsonPrimitive primitive && primitive.isBoolean())) {
            throw wrong(path, "is " + kind(value) + ", not true or false");
        }
    }

    private static String kind(JsonElement element) {
        if (element.isJsonObject()) {
            return "an object";
        }
        if (element.isJsonArray()) {
            return "a list";
        }
        if (element.isJsonNull()) {
            return "null";
        }
        JsonPrimitive primitive = element.getAsJsonPrimitive();
        return primitive.isString() ? "a string" : primitive.isNumber() ? "a number" : "true or false";
    }

    /** Runs one of the generator's own checks of a name, with the key's path in front of its message. */
    private static void named(String path, Runnable check) {
        try {
            check.run();
        } catch (UserError e) {
            throw new Malformed(path + ": " + e.getMessage());
        }
    }

    private static Malformed wrong(String path, String problem) {
        return new Malformed(path + " " + problem);
    }

    /** The first thing wrong with the file's shape; {@link ProjectMetadata#read} names the file. */
    static final class Malformed extends RuntimeException {

        Malformed(String message) {
            super(message, null, false, false);
        }
    }
}
