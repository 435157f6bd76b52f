package cleanarch.project;

import cleanarch.naming.Names;
import cleanarch.naming.SqlNames;
import cleanarch.types.FieldKind;
import cleanarch.types.JavaText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One field as the templates see it: its names in every spelling, and what its type ({@link FieldKind}) and
 * modifiers make of it, computed here so that templates only substitute. Java names are camelCase; column and
 * JSON names are snake_case. Nothing here depends on which type the field has: the kind answers for it.
 */
public final class FieldView {

    /** Every Bean Validation constraint a field can carry, for the imports its annotations need. */
    private static final List<String> CONSTRAINTS = List.of("NotBlank", "NotNull", "Size", "Min", "Max",
            "DecimalMin", "DecimalMax", "Pattern", "Email");

    private final FieldDefinition field;
    private final FieldKind kind;
    private final String entityName;
    private final int referenceIndex;

    /**
     * @param referenceIndex for a reference, its position among the entity's references (its test rows and
     *     format arguments are numbered by it); -1 otherwise
     */
    FieldView(FieldDefinition field, String entityName, int referenceIndex) {
        this.field = field;
        this.kind = field.type().kind();
        this.entityName = entityName;
        this.referenceIndex = referenceIndex;
    }

    public FieldDefinition definition() {
        return field;
    }

    public int referenceIndex() {
        return referenceIndex;
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
        return isNotNull() ? kind.primitiveType(this) : kind.boxedType(this);
    }

    /** The Java type where a value may be missing: filters. */
    public String getBoxedType() {
        return kind.boxedType(this);
    }

    /** The Java type of the field in request bodies. */
    public String getRequestType() {
        return kind.requestType(this);
    }

    /** The request's value as the model's type: {@code title}, or {@code data.toString()} for a JSON document. */
    public String getRequestValue() {
        return kind.requestToModel(field.name());
    }

    /**
     * The type of the field in a merge patch: an {@code Optional} of the request type, so that a field left out
     * (no {@code Optional} at all) differs from a {@code null} (an empty one), with the {@link
     * #getUpdateAnnotations() constraints} on the type argument: they check the value inside.
     */
    public String getPatchType() {
        return "Optional<" + getUpdateAnnotations() + getRequestType() + ">";
    }

    /**
     * The patch's value as the model's type, once the field was given: the value, null when the patch clears the
     * field; for a field that cannot be null, the value its validation made sure is there.
     */
    public String getPatchValue() {
        String converted = kind.requestToModel("value");
        String value = converted.equals("value") ? field.name() : field.name() + ".map(value -> " + converted + ")";
        return value + (isNotNull() ? ".orElseThrow()" : ".orElse(null)");
    }

    public boolean isReference() {
        return field.reference() != null;
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

    /** The import the field's type needs in the model, or none. */
    Optional<String> typeImport() {
        return kind.typeImport();
    }

    Optional<String> requestTypeImport() {
        return kind.requestTypeImport();
    }

    List<String> entityImports() {
        return kind.entityImports();
    }

    List<String> responseImports() {
        return kind.responseImports();
    }

    public boolean isEnum() {
        return !field.enumValues().isEmpty();
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
        List<String> attributes = new ArrayList<>();
        attributes.add("name = \"" + (SqlNames.isReserved(getColumn()) ? "\\\"" + getColumn() + "\\\"" : getColumn())
                + "\"");
        if (isNotNull()) {
            attributes.add("nullable = false");
        }
        if (field.unique()) {
            attributes.add("unique = true");
        }
        attributes.addAll(kind.columnAttributes(field));
        List<String> annotations = new ArrayList<>(List.of("@Column(" + String.join(", ", attributes) + ")"));
        annotations.addAll(kind.entityAnnotations());
        return annotations;
    }

    /** The annotations of the response's component, followed by a space when there are any. */
    public String getResponseAnnotations() {
        return spaced(kind.responseAnnotations());
    }

    /** Bean Validation annotations of the create request, followed by a space when there are any. */
    public String getCreateAnnotations() {
        List<String> annotations = new ArrayList<>();
        if (isRequiredOnCreate()) {
            annotations.add(kind.isText() ? "@NotBlank" : "@NotNull");
        } else if (field.required() && kind.isText()) {
            // Left out, the field takes its default; given, it must hold more than blanks, as in a PATCH.
            annotations.add("@Pattern(regexp = \"(?s).*\\\\S.*\", message = \"must not be blank\")");
        }
        annotations.addAll(kind.valueAnnotations(field));
        return spaced(annotations);
    }

    /**
     * Bean Validation annotations of the merge patch's value: a given value must still be valid, and a field whose
     * column is not null cannot be cleared. They annotate the {@code Optional}'s type argument, so a field left out
     * (no {@code Optional}) is not checked at all, and a {@code null} (an empty one) is checked as null.
     */
    public String getUpdateAnnotations() {
        List<String> annotations = new ArrayList<>();
        if (field.required() && kind.isText()) {
            annotations.add("@NotBlank");
        } else if (isNotNull()) {
            annotations.add("@NotNull");
        }
        annotations.addAll(kind.valueAnnotations(field));
        return spaced(annotations);
    }

    private static String spaced(List<String> annotations) {
        return annotations.isEmpty() ? "" : String.join(" ", annotations) + " ";
    }

    List<String> validationImports(boolean create) {
        String annotations = create ? getCreateAnnotations() : getUpdateAnnotations();
        return CONSTRAINTS.stream()
                .filter(name -> annotations.contains("@" + name + " ") || annotations.contains("@" + name + "("))
                .map(name -> "jakarta.validation.constraints." + name)
                .toList();
    }

    /** The domain model field's initializer: {@code " = false"} for a field with a default, else nothing. */
    public String getInitializer() {
        return field.defaultValue() == null ? "" : " = " + kind.javaLiteral(field.defaultValue(), this);
    }

    public boolean hasDefault() {
        return field.defaultValue() != null;
    }

    /** The column's SQL type, e.g. {@code varchar(255)}. */
    public String getSqlType() {
        return kind.sqlType(field);
    }

    /** The column definition after the name: type, NOT NULL, DEFAULT and the constraints. */
    public String getSqlDefinition() {
        List<String> parts = new ArrayList<>(List.of(getSqlType()));
        if (isNotNull()) {
            parts.add("not null");
        }
        if (field.defaultValue() != null) {
            parts.add("default " + kind.sqlLiteral(field.defaultValue()));
        }
        if (field.unique()) {
            parts.add("unique");
        }
        if (isReference()) {
            parts.add("references " + getReferenceTable() + " (id)" + (field.cascade() ? " on delete cascade" : ""));
        }
        kind.check(getSqlColumn(), field).ifPresent(parts::add);
        return String.join(" ", parts);
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

    /** The {@code QueryParams} method that reads the field's filter: one with {@code .null} when it is optional. */
    public String getFilterMethod() {
        return isNotNull() ? "filter" : "nullableFilter";
    }

    /** Whether a listing filters on the field. */
    public boolean isFilterable() {
        return kind.isFilterable();
    }

    /** A valid JSON value for tests; {@code variant} tells two values apart (e.g. for a filter or an update). */
    public String sampleJson(int variant) {
        return kind.sampleJson(this, variant);
    }

    /** The value JsonPath reads back for {@link #sampleJson(int)}, as a Java expression. */
    public String sampleExpected(int variant) {
        return kind.sampleExpected(sampleJson(variant), this, variant);
    }

    public String getExpected1() {
        return sampleExpected(1);
    }

    public String getExpected2() {
        return sampleExpected(2);
    }

    /** Whether a filter by this field can tell the two samples apart in a test. */
    public boolean isFilterTestable() {
        return isFilterable() && isSampled() && (isReference() || !sampleJson(1).equals(sampleJson(2)));
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
        return kind.defaultExpected(field.defaultValue());
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
        if (isReference()) {
            return "String.valueOf(" + sampleId(2) + ")";
        }
        String json = sampleJson(2);
        return JavaText.string(json.startsWith("\"") ? json.substring(1, json.length() - 1) : json);
    }

    /** The JSON values a request must not get past for this field (see {@link FieldKind#refusedJson}). */
    public List<Refusal> getRefusedValues() {
        return kind.refusedJson(field).stream().map(json -> new Refusal(getJson(), JavaText.stringWithRuns(json)))
                .toList();
    }

    /** The query values a filter on this field must refuse; none when the field is not filtered on. */
    public List<Refusal> getRefusedFilters() {
        return !isFilterable() ? List.of() : kind.refusedFilterValues(field).stream()
                .map(value -> new Refusal(getJson(), JavaText.stringWithRuns(value))).toList();
    }

    /** A PATCH body setting only this field to its second sample, as a Java expression. */
    public String getPatchBody2Java() {
        return patchBodyJava(2);
    }

    /** A PATCH body setting only this field to its first sample, as a Java expression. */
    public String getPatchBody1Java() {
        return patchBodyJava(1);
    }

    private String patchBodyJava(int variant) {
        String prefix = "{\"" + getJson() + "\": ";
        return isReference() ? JavaText.string(prefix) + " + " + sampleId(variant) + " + \"}\""
                : JavaText.string(prefix + sampleJson(variant) + "}");
    }

    /** The static imports of the field's test ({@code <Entity><Field>FieldIT}), which depend on its nullability. */
    public List<String> getTestStaticImports() {
        String mockMvc = "org.springframework.test.web.servlet.";
        List<String> imports = new ArrayList<>(List.of("org.assertj.core.api.Assertions.assertThat"));
        if (!isNotNull()) {
            imports.add("org.hamcrest.Matchers.nullValue");
        }
        imports.add("org.junit.jupiter.params.provider.Arguments.arguments");
        imports.addAll(List.of(mockMvc + "request.MockMvcRequestBuilders.get",
                mockMvc + "request.MockMvcRequestBuilders.patch", mockMvc + "request.MockMvcRequestBuilders.post",
                mockMvc + "result.MockMvcResultMatchers.jsonPath", mockMvc + "result.MockMvcResultMatchers.status"));
        return imports;
    }

    /** A PATCH body clearing this field, as a Java expression. */
    public String getNullPatchBodyJava() {
        return JavaText.string("{\"" + getJson() + "\": null}");
    }
}
