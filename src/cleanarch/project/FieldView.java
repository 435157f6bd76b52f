package cleanarch.project;

import cleanarch.naming.Names;
import cleanarch.naming.SqlNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the entity templates need to know about one field, computed here so that templates only substitute.
 * Java names are camelCase; column and JSON names are snake_case.
 */
public final class FieldView {

    private static final int DEFAULT_STRING_LENGTH = 255;

    private final FieldDefinition field;
    private final String entityName;
    private final int referenceIndex;

    /**
     * @param referenceIndex for a reference, its position among the entity's references (its test rows and
     *     format arguments are numbered by it); -1 otherwise
     */
    FieldView(FieldDefinition field, String entityName, int referenceIndex) {
        this.field = field;
        this.entityName = entityName;
        this.referenceIndex = referenceIndex;
    }

    public String getName() {
        return field.name();
    }

    public String getCapitalized() {
        return Names.capitalize(field.name());
    }

    public String getColumn() {
        return Names.snake(field.name());
    }

    public String getJson() {
        return Names.snake(field.name());
    }

    /** Not null in the database: required, or filled with its default when left out. */
    public boolean isNotNull() {
        return field.required() || field.defaultValue() != null;
    }

    /** The Java type in the domain model, JPA entity and response: primitive when the value can never be null. */
    public String getJavaType() {
        String boxed = getBoxedType();
        if (!isNotNull()) {
            return boxed;
        }
        return switch (field.type()) {
            case INT -> "int";
            case LONG -> "long";
            case BOOLEAN -> "boolean";
            default -> boxed;
        };
    }

    /** The Java type where a value may be missing: request bodies and filters. */
    public String getBoxedType() {
        return switch (field.type()) {
            case STRING, TEXT -> "String";
            case INT -> "Integer";
            case LONG -> "Long";
            case DECIMAL -> "BigDecimal";
            case BOOLEAN -> "Boolean";
            case DATE -> "LocalDate";
            case DATETIME -> "Instant";
            case UUID -> "UUID";
            case ENUM -> getEnumType();
            case REF -> "Long";
        };
    }

    public boolean isReference() {
        return field.type() == FieldType.REF;
    }

    public boolean isCascade() {
        return field.cascade();
    }

    /** The entity a reference refers to. */
    public String getReference() {
        return field.reference();
    }

    /** The referenced entity's table, as SQL needs it. */
    public String getReferenceTable() {
        return SqlNames.identifier(Names.pluralSnake(field.reference()));
    }

    public String getReferenceRoute() {
        return Names.kebab(Names.pluralSnake(field.reference()));
    }

    /** The name of the index on a reference's column. */
    public String getIndexName() {
        return Names.pluralSnake(entityName) + "_" + getColumn() + "_idx";
    }

    /** The import the field's type needs, or null for java.lang types and the entity's own enum. */
    String typeImport() {
        return switch (field.type()) {
            case DECIMAL -> "java.math.BigDecimal";
            case DATE -> "java.time.LocalDate";
            case DATETIME -> "java.time.Instant";
            case UUID -> "java.util.UUID";
            default -> null;
        };
    }

    public boolean isEnum() {
        return field.type() == FieldType.ENUM;
    }

    /** The enum type of an enum field: entity name and field name, e.g. {@code BookStatus}. */
    public String getEnumType() {
        return entityName + getCapitalized();
    }

    public List<String> getEnumValues() {
        return field.enumValues();
    }

    public String getGetter() {
        return (getJavaType().equals("boolean") ? "is" : "get") + getCapitalized();
    }

    public String getSetter() {
        return "set" + getCapitalized();
    }

    /** The annotations of the JPA entity's field, one per line. */
    public List<String> getEntityAnnotations() {
        List<String> annotations = new ArrayList<>();
        StringBuilder column = new StringBuilder("@Column(name = \"")
                .append(SqlNames.isReserved(getColumn()) ? "\\\"" + getColumn() + "\\\"" : getColumn()).append('"');
        if (isNotNull()) {
            column.append(", nullable = false");
        }
        if (field.unique()) {
            column.append(", unique = true");
        }
        if (field.type() == FieldType.STRING) {
            column.append(", length = ").append(maxLength());
        } else if (field.type() == FieldType.TEXT) {
            column.append(", columnDefinition = \"text\"");
        } else if (field.type() == FieldType.DECIMAL) {
            column.append(", precision = 19, scale = 4");
        }
        annotations.add(column.append(')').toString());
        if (isEnum()) {
            annotations.add("@Enumerated(EnumType.STRING)");
        }
        return annotations;
    }

    /** Bean Validation annotations of the create request, followed by a space when there are any. */
    public String getCreateAnnotations() {
        List<String> annotations = new ArrayList<>();
        if (isRequiredOnCreate()) {
            annotations.add(field.type().isText() ? "@NotBlank" : "@NotNull");
        }
        annotations.addAll(boundAnnotations());
        return annotations.isEmpty() ? "" : String.join(" ", annotations) + " ";
    }

    /** Bean Validation annotations of the partial update request: a given value must still be valid. */
    public String getUpdateAnnotations() {
        List<String> annotations = new ArrayList<>();
        if (field.required() && field.type().isText()) {
            annotations.add("@Pattern(regexp = \"(?s).*\\\\S.*\", message = \"must not be blank\")");
        }
        annotations.addAll(boundAnnotations());
        return annotations.isEmpty() ? "" : String.join(" ", annotations) + " ";
    }

    List<String> validationImports(boolean create) {
        List<String> imports = new ArrayList<>();
        String annotations = create ? getCreateAnnotations() : getUpdateAnnotations();
        for (String name : List.of("NotBlank", "NotNull", "Size", "Min", "Max", "DecimalMin", "DecimalMax",
                "Pattern")) {
            if (annotations.contains("@" + name + " ") || annotations.contains("@" + name + "(")) {
                imports.add("jakarta.validation.constraints." + name);
            }
        }
        return imports;
    }

    private List<String> boundAnnotations() {
        List<String> annotations = new ArrayList<>();
        if (field.type().isText()) {
            if (field.min() != null || field.max() != null || field.type() == FieldType.STRING) {
                List<String> bounds = new ArrayList<>();
                if (field.min() != null) {
                    bounds.add("min = " + field.min());
                }
                if (field.max() != null || field.type() == FieldType.STRING) {
                    bounds.add("max = " + maxLength());
                }
                annotations.add("@Size(" + String.join(", ", bounds) + ")");
            }
        } else if (field.type() == FieldType.DECIMAL) {
            if (field.min() != null) {
                annotations.add("@DecimalMin(\"" + field.min() + "\")");
            }
            if (field.max() != null) {
                annotations.add("@DecimalMax(\"" + field.max() + "\")");
            }
        } else if (field.type().isNumeric()) {
            if (field.min() != null) {
                annotations.add("@Min(" + field.min() + ")");
            }
            if (field.max() != null) {
                annotations.add("@Max(" + field.max() + ")");
            }
        }
        return annotations;
    }

    private long maxLength() {
        return field.max() != null ? field.max() : DEFAULT_STRING_LENGTH;
    }

    /** The domain model field's initializer: {@code " = false"} for a field with a default, else nothing. */
    public String getInitializer() {
        return field.defaultValue() == null ? "" : " = " + getDefaultJava();
    }

    public boolean hasDefault() {
        return field.defaultValue() != null;
    }

    /** The default as a Java expression. */
    public String getDefaultJava() {
        String value = field.defaultValue();
        return switch (field.type()) {
            case STRING, TEXT -> javaString(value);
            case INT, BOOLEAN -> value;
            case LONG -> value + "L";
            case DECIMAL -> "new BigDecimal(\"" + value + "\")";
            case DATE -> "LocalDate.parse(\"" + value + "\")";
            case DATETIME -> "Instant.parse(\"" + value + "\")";
            case UUID -> "UUID.fromString(\"" + value + "\")";
            case ENUM -> getEnumType() + "." + value;
            case REF -> throw new IllegalStateException("a reference has no default");
        };
    }

    /** The column's SQL type, e.g. {@code varchar(255)}. */
    public String getSqlType() {
        return switch (field.type()) {
            case STRING -> "varchar(" + maxLength() + ")";
            case TEXT -> "text";
            case INT -> "integer";
            case LONG -> "bigint";
            case DECIMAL -> "numeric(19, 4)";
            case BOOLEAN -> "boolean";
            case DATE -> "date";
            case DATETIME -> "timestamptz";
            case UUID -> "uuid";
            case ENUM -> "varchar(" + field.enumValues().stream().mapToInt(String::length).max().orElse(1) + ")";
            case REF -> "bigint";
        };
    }

    /** The column definition after the name: type, NOT NULL, DEFAULT and CHECK constraints. */
    public String getSqlDefinition() {
        List<String> parts = new ArrayList<>(List.of(getSqlType()));
        if (isNotNull()) {
            parts.add("not null");
        }
        if (field.defaultValue() != null) {
            parts.add("default " + sqlLiteral(field.defaultValue()));
        }
        if (field.unique()) {
            parts.add("unique");
        }
        if (isReference()) {
            parts.add("references " + getReferenceTable() + " (id)" + (field.cascade() ? " on delete cascade" : ""));
        }
        String column = getSqlColumn();
        if (isEnum()) {
            parts.add("check (" + column + " in (" + String.join(", ",
                    field.enumValues().stream().map(FieldView::sqlString).toList()) + "))");
        } else if (field.type().isText()) {
            // varchar(n) already bounds a string's length from above.
            Long max = field.type() == FieldType.TEXT ? field.max() : null;
            range("char_length(" + column + ")", field.min(), max).ifPresent(parts::add);
        } else if (field.type().isNumeric()) {
            range(column, field.min(), field.max()).ifPresent(parts::add);
        }
        return String.join(" ", parts);
    }

    private static Optional<String> range(String expression, Long min, Long max) {
        if (min != null && max != null) {
            return Optional.of("check (" + expression + " between " + min + " and " + max + ")");
        }
        if (min != null) {
            return Optional.of("check (" + expression + " >= " + min + ")");
        }
        if (max != null) {
            return Optional.of("check (" + expression + " <= " + max + ")");
        }
        return Optional.empty();
    }

    /** The column name as SQL needs it: quoted when PostgreSQL reserves it. */
    public String getSqlColumn() {
        return SqlNames.identifier(getColumn());
    }

    public boolean isUnique() {
        return field.unique();
    }

    public boolean isRequired() {
        return field.required();
    }

    /** Whether a create request must give the field: required, and without a default to fill in. */
    public boolean isRequiredOnCreate() {
        return field.required() && field.defaultValue() == null;
    }

    private String sqlLiteral(String value) {
        return switch (field.type()) {
            case INT, LONG, DECIMAL, BOOLEAN -> value;
            default -> sqlString(value);
        };
    }

    private static String sqlString(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String javaString(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A valid JSON value for tests; {@code variant} tells two values apart (e.g. for a filter or an update). */
    public String sampleJson(int variant) {
        return switch (field.type()) {
            // Ids exist only at test run time: a format argument, filled in by the test (see getSampleId1).
            case REF -> "%" + (referenceIndex + 1) + "$d";
            case STRING, TEXT -> "\"" + sampleText(variant) + "\"";
            case INT, LONG -> Long.toString(sampleNumber(variant));
            case DECIMAL -> sampleNumber(variant) + ".5";
            case BOOLEAN -> variant % 2 == 1 ? "true" : "false";
            case DATE -> "\"2026-01-" + zeroPadded(variant, 2) + "\"";
            case DATETIME -> "\"2026-01-" + zeroPadded(variant, 2) + "T10:00:00Z\"";
            case UUID -> "\"00000000-0000-4000-8000-" + zeroPadded(variant, 12) + "\"";
            case ENUM -> "\"" + field.enumValues().get(variant % field.enumValues().size()) + "\"";
        };
    }

    /**
     * {@code variant} in at least {@code width} digits. Not {@code String.format}: its first use costs more than all
     * the rest of a field's samples on the cold JVM a command runs in.
     */
    private static String zeroPadded(int variant, int width) {
        String digits = Integer.toString(variant);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    /** A text within the field's length bounds. */
    private String sampleText(int variant) {
        String text = getJson() + " " + variant;
        if (field.max() != null && text.length() > field.max()) {
            text = Character.toString('a' + variant).repeat((int) (long) field.max());
        }
        if (field.min() != null && text.length() < field.min()) {
            text = text + "x".repeat((int) (field.min() - text.length()));
        }
        return text;
    }

    private long sampleNumber(int variant) {
        long low = field.min() != null ? field.min() : 0;
        long high = field.max() != null ? field.max() : low + 1000;
        return Math.min(high, low + variant);
    }

    /** The value JsonPath reads back for {@link #sampleJson(int)}, as a Java expression. */
    public String sampleExpected(int variant) {
        return isReference() ? sampleId(variant) : expectedOf(sampleJson(variant));
    }

    public String getExpected1() {
        return sampleExpected(1);
    }

    public String getExpected2() {
        return sampleExpected(2);
    }

    /** The second sample as a query parameter value. */
    private String getQueryValue2() {
        String json = sampleJson(2);
        return json.startsWith("\"") ? json.substring(1, json.length() - 1) : json;
    }

    /** Whether two samples differ, so that a filter by this field can tell them apart in a test. */
    public boolean isFilterTestable() {
        return isSampled() && (isReference() || !sampleJson(1).equals(sampleJson(2)));
    }

    /**
     * Whether the tests give this field a value. Not a reference of an entity to itself: its referenced rows would
     * be rows of the very table the tests count.
     */
    public boolean isSampled() {
        return !(isReference() && field.reference().equals(entityName));
    }

    /** The value JsonPath reads back for the default, as a Java expression. */
    public String getDefaultExpected() {
        String value = field.defaultValue();
        return switch (field.type()) {
            case INT, LONG, BOOLEAN -> value;
            case DECIMAL -> Double.toString(new java.math.BigDecimal(value).doubleValue());
            case DATETIME -> javaString(java.time.OffsetDateTime.parse(value).toInstant().toString());
            default -> javaString(value);
        };
    }

    /** For a reference: the test's variable holding the id of the referenced row of sample {@code variant}. */
    public String sampleId(int variant) {
        return field.name() + variant;
    }

    public String getSampleId1() {
        return sampleId(1);
    }

    /** The second sample as a query parameter value, as a Java expression. */
    public String getQueryValue2Java() {
        return isReference() ? "String.valueOf(" + sampleId(2) + ")" : javaString(getQueryValue2());
    }

    /** A PATCH body setting only this field to its second sample, as a Java expression. */
    public String getPatchBody2Java() {
        String prefix = "{\"" + getJson() + "\": ";
        return isReference() ? javaString(prefix) + " + " + sampleId(2) + " + \"}\""
                : javaString(prefix + sampleJson(2) + "}");
    }

    private String expectedOf(String json) {
        return switch (field.type()) {
            case DECIMAL -> Double.toString(Double.parseDouble(json));
            default -> json;
        };
    }
}
