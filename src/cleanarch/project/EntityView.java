package cleanarch.project;

import cleanarch.naming.Names;
import cleanarch.naming.SqlNames;
import cleanarch.types.JavaText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Everything the entity templates need to know about one entity: its names in every spelling, its fields, and
 * the imports of each file it renders, computed here so that templates only substitute.
 */
public final class EntityView {

    /** How deep the tests follow required references when they create referenced rows. */
    private static final int MAX_REFERENCE_DEPTH = 8;
    /** How many threads the concurrent PATCH test runs, and so how many fields it changes at most. */
    public static final int CONCURRENT_FIELDS = 4;

    /** Where the test classes' sample bodies start, and how long a line of generated code may be. */
    private static final int SAMPLE_INDENT = 12;
    private static final int MAX_LINE = 120;

    private final EntityDefinition entity;
    private final String packageName;
    private final List<FieldView> fields;
    private final Map<String, EntityDefinition> project;

    public EntityView(EntityDefinition entity, String packageName) {
        this(entity, packageName, Map.of());
    }

    /** @param project the project's entities by name, for what the tests need of referenced entities */
    public EntityView(EntityDefinition entity, String packageName, Map<String, EntityDefinition> project) {
        this.entity = entity;
        this.packageName = packageName;
        this.project = project;
        List<FieldView> views = new ArrayList<>();
        int references = 0;
        for (FieldDefinition field : entity.fields()) {
            // Numbered among the references the tests fill in: not one of the entity to itself.
            boolean sampledReference = field.reference() != null && !field.reference().equals(entity.name());
            views.add(new FieldView(field, entity.name(), sampledReference ? references++ : -1));
        }
        this.fields = List.copyOf(views);
    }

    public String getName() {
        return entity.name();
    }

    public String getVariable() {
        return Names.camel(entity.name());
    }

    /** Plural snake_case: the table name. */
    public String getTable() {
        return Names.pluralSnake(entity.name());
    }

    public String getSqlTable() {
        return SqlNames.identifier(getTable());
    }

    /** The table name in a JPA {@code @Table}: quoted (escaped for a Java string) when reserved. */
    public String getJpaTable() {
        return SqlNames.isReserved(getTable()) ? "\\\"" + getTable() + "\\\"" : getTable();
    }

    /** Plural kebab-case: the route, as in {@code /v1/order-lines}. */
    public String getRoute() {
        return Names.kebab(getTable());
    }

    /** Plural words for prose: {@code order lines}. */
    public String getPluralWords() {
        return getTable().replace('_', ' ');
    }

    public List<FieldView> getFields() {
        return fields;
    }

    /** The fields the tests give values to: all but references of the entity to itself. */
    public List<FieldView> getSampledFields() {
        return fields.stream().filter(FieldView::isSampled).toList();
    }

    /** The field the update test changes; null for an entity without sampled fields. */
    public FieldView getFirstField() {
        List<FieldView> sampled = getSampledFields();
        return sampled.isEmpty() ? null : sampled.get(0);
    }

    public List<FieldView> getOtherFields() {
        List<FieldView> sampled = getSampledFields();
        return sampled.isEmpty() ? List.of() : sampled.subList(1, sampled.size());
    }

    /** The fields a listing filters on: all but those of types that cannot be filtered (JSON documents). */
    public List<FieldView> getFilterableFields() {
        return fields.stream().filter(FieldView::isFilterable).toList();
    }

    public List<FieldView> getEnumFields() {
        return fields.stream().filter(FieldView::isEnum).toList();
    }

    public List<FieldView> getUniqueFields() {
        return fields.stream().filter(FieldView::isUnique).toList();
    }

    public List<FieldView> getRequiredFields() {
        return fields.stream().filter(FieldView::isRequiredOnCreate).toList();
    }

    public List<FieldView> getDefaultedFields() {
        return fields.stream().filter(FieldView::hasDefault).toList();
    }

    /**
     * The fields the concurrent PATCH test has its threads change, one each: at most {@value #CONCURRENT_FIELDS},
     * of those whose two samples differ (a reference needs rows of its own, and is left out).
     */
    public List<FieldView> getConcurrencyFields() {
        return fields.stream()
                .filter(field -> field.isSampled() && !field.isReference()
                        && !field.sampleJson(1).equals(field.sampleJson(2)))
                .limit(CONCURRENT_FIELDS)
                .toList();
    }

    public List<FieldView> getFilterTestableFields() {
        return fields.stream().filter(FieldView::isFilterTestable).toList();
    }

    /**
     * A JSON body giving every field its sample value {@code variant}, for tests. A reference is a format argument
     * ({@code %1$d}); {@link #getSample1Java()} fills it in.
     */
    public String sampleBody(int variant) {
        return body(fields.stream().filter(FieldView::isSampled).toList(), variant);
    }

    /**
     * A JSON object of the fields' samples, for a text block indented by 12: on one line when it fits in 120
     * columns, else one member a line.
     */
    private static String body(List<FieldView> fields, int variant) {
        List<String> members = fields.stream()
                .map(field -> "\"" + field.getJson() + "\": " + field.sampleJson(variant)).toList();
        String line = "{" + String.join(", ", members) + "}";
        return SAMPLE_INDENT + line.length() + "\"\"\";".length() <= MAX_LINE ? line
                : "{" + String.join(",\n" + " ".repeat(SAMPLE_INDENT + 1), members) + "}";
    }

    /** The fields that get an index of their own: the references (a unique field has its constraint's index). */
    public List<FieldView> getIndexedFields() {
        return fields.stream().filter(FieldView::isReference).toList();
    }

    /** The references the tests create rows for (the referenced rows of samples 1 and 2). */
    public List<FieldView> getReferenceFields() {
        return fields.stream().filter(field -> field.isReference() && field.isSampled()).toList();
    }

    public String getSample1Java() {
        return sampleJava("SAMPLE_1", 1);
    }

    public String getSample2Java() {
        return sampleJava("SAMPLE_2", 2);
    }

    private String sampleJava(String constant, int variant) {
        List<FieldView> references = getReferenceFields();
        if (references.isEmpty()) {
            return constant;
        }
        return constant + ".formatted(" + String.join(", ",
                references.stream().map(field -> field.sampleId(variant)).toList()) + ")";
    }

    /** For each reference, a test body (a Java expression) in which only that reference points at no row. */
    public List<MissingReference> getMissingReferences() {
        List<MissingReference> missing = new ArrayList<>();
        for (FieldView reference : getReferenceFields()) {
            String arguments = String.join(", ", getReferenceFields().stream()
                    .map(field -> field == reference ? "999_999L" : field.sampleId(1)).toList());
            missing.add(new MissingReference(reference, "SAMPLE_1.formatted(" + arguments + ")"));
        }
        return missing;
    }

    /** A reference, and a test body in which it points at no row. */
    public record MissingReference(FieldView field, String bodyJava) {
    }

    /** Every field's values that requests must not get past, field by field. */
    public List<Refusal> getRefusedValues() {
        return fields.stream().flatMap(field -> field.getRefusedValues().stream()).toList();
    }

    /** Every filter's query values that listings must refuse, field by field. */
    public List<Refusal> getRefusedFilters() {
        return fields.stream().flatMap(field -> field.getRefusedFilters().stream()).toList();
    }

    /** The fields an update must not clear: those whose column is not null (required, or with a default). */
    public List<FieldView> getNotNullFields() {
        return fields.stream().filter(FieldView::isNotNull).toList();
    }

    /** The table as a Java string literal, for the SQL of a test. */
    public String getSqlTableJava() {
        return JavaText.string(getSqlTable());
    }

    /**
     * The rows a test creates before each test for the references: two per reference (for samples 1 and 2), each
     * the referenced entity's own sample, after the rows its required references need in turn. Every row gets its
     * own sample number, so that no two rows hold equal values in a unique column.
     */
    public List<ReferenceSample> getReferenceSamples() {
        List<ReferenceSample> samples = new ArrayList<>();
        int[] nextVariant = {3};
        for (FieldView reference : getReferenceFields()) {
            for (int variant = 1; variant <= 2; variant++) {
                addReferenceSample(reference, reference.sampleId(variant), samples, nextVariant, 0);
            }
        }
        return samples;
    }

    private void addReferenceSample(FieldView reference, String variable, List<ReferenceSample> samples,
            int[] nextVariant, int depth) {
        EntityDefinition referenced = project.get(reference.getReference());
        if (referenced == null || depth > MAX_REFERENCE_DEPTH) {
            samples.add(new ReferenceSample(variable, reference.getReferenceRoute(), reference.getReferenceTable(),
                    "\"{}\""));
            return;
        }
        List<FieldView> referencedFields = new EntityView(referenced, packageName).getFields();
        List<String> arguments = new ArrayList<>();
        List<String> members = new ArrayList<>();
        int variant = nextVariant[0]++;
        for (FieldView field : referencedFields) {
            if (!field.isReference()) {
                members.add("\"" + field.getJson() + "\": " + field.sampleJson(variant));
            } else if (field.isRequired() && field.isSampled()) {
                String nested = variable + Names.capitalize(field.getName());
                addReferenceSample(field, nested, samples, nextVariant, depth + 1);
                members.add("\"" + field.getJson() + "\": %d");
                arguments.add(nested);
            }
        }
        String block = "\"\"\"\n                " + "{" + String.join(", ", members) + "}" + "\"\"\"";
        samples.add(new ReferenceSample(variable, reference.getReferenceRoute(), reference.getReferenceTable(),
                arguments.isEmpty() ? block : block + ".formatted(" + String.join(", ", arguments) + ")"));
    }

    /** A row a test creates first because a sample refers to it: the variable for its id, where, and the body. */
    public record ReferenceSample(String variable, String route, String table, String bodyJava) {
    }

    /** {@link #getRequiredBody()} as a Java expression, with its references filled in. */
    public String getRequiredBodyJava() {
        String block = "\"\"\"\n                        " + getRequiredBody() + "\"\"\"";
        if (getRequiredFields().stream().noneMatch(FieldView::isReference)) {
            return block;
        }
        // Every reference's id, in reference order: the body names only some of them, by position.
        return block + ".formatted(" + String.join(", ",
                getReferenceFields().stream().map(field -> field.sampleId(1)).toList()) + ")";
    }

    /** The tables a test empties before each test: this entity's, and those its references point at. */
    public String getTruncatedTables() {
        Set<String> tables = new LinkedHashSet<>(List.of(getSqlTable()));
        getReferenceSamples().forEach(sample -> tables.add(sample.table()));
        return String.join(", ", tables.stream().map(table -> "\"" + table.replace("\"", "\\\"") + "\"").toList());
    }

    public String getSampleBody1() {
        return sampleBody(1);
    }

    public String getSampleBody2() {
        return sampleBody(2);
    }

    /** A JSON body giving only the required fields, for tests of defaults. */
    public String getRequiredBody() {
        return "{" + String.join(", ", getRequiredFields().stream()
                .map(field -> "\"" + field.getJson() + "\": " + field.sampleJson(1)).toList()) + "}";
    }

    /** Column names padded to one width, so that the migration's columns line up. */
    public int getColumnWidth() {
        return Stream.concat(Stream.of("created_at", "updated_at"), fields.stream().map(FieldView::getSqlColumn))
                .mapToInt(String::length).max().orElse(0);
    }

    public String pad(String column) {
        return column + " ".repeat(getColumnWidth() - column.length());
    }

    public List<String> getDomainImports() {
        return sorted(Stream.concat(Stream.of("java.time.Instant"), typeImports()));
    }

    public List<String> getEntityImports() {
        List<String> imports = new ArrayList<>(List.of(model(), "jakarta.persistence.Column",
                "jakarta.persistence.Entity", "jakarta.persistence.Table", "java.util.StringJoiner"));
        fields.forEach(field -> imports.addAll(field.entityImports()));
        imports.addAll(enumImports());
        return sorted(Stream.concat(imports.stream(), typeImports()));
    }

    public List<String> getCreateRequestImports() {
        List<String> imports = new ArrayList<>(List.of(model()));
        fields.forEach(field -> imports.addAll(field.validationImports(true)));
        imports.addAll(enumImports());
        return sorted(Stream.concat(imports.stream(), requestTypeImports()));
    }

    public List<String> getUpdateRequestImports() {
        List<String> imports = new ArrayList<>(List.of(model()));
        if (!fields.isEmpty()) {
            imports.add("java.util.Optional");
        }
        fields.forEach(field -> imports.addAll(field.validationImports(false)));
        imports.addAll(enumImports());
        return sorted(Stream.concat(imports.stream(), requestTypeImports()));
    }

    public List<String> getResponseImports() {
        List<String> imports = new ArrayList<>(List.of(model(), "java.time.Instant"));
        fields.forEach(field -> imports.addAll(field.responseImports()));
        imports.addAll(enumImports());
        return sorted(Stream.concat(imports.stream(), typeImports()));
    }

    public List<String> getAdapterImports() {
        List<String> imports = new ArrayList<>(List.of(model(),
                packageName + ".domain.repositories." + getName() + "Repository",
                packageName + ".infrastructure.entities." + getName() + "Entity"));
        if (!getFilterableFields().isEmpty()) {
            imports.add(packageName + ".domain.queries.QueryParams");
            imports.add("org.springframework.data.jpa.domain.Specification");
            imports.add("java.util.ArrayList");
            imports.add("java.util.List");
        }
        getFilterableFields().stream().filter(FieldView::isEnum)
                .forEach(field -> imports.add(packageName + ".domain.models." + field.getEnumType()));
        return sorted(Stream.concat(imports.stream(),
                getFilterableFields().stream().flatMap(field -> field.typeImport().stream())));
    }

    /** The static imports of the entity's {@code PatchIT}, whose tests depend on the fields it has. */
    public List<String> getPatchTestStaticImports() {
        String mockMvc = "org.springframework.test.web.servlet.";
        List<String> imports = new ArrayList<>(List.of(mockMvc + "request.MockMvcRequestBuilders.delete",
                mockMvc + "request.MockMvcRequestBuilders.get", mockMvc + "request.MockMvcRequestBuilders.post",
                mockMvc + "result.MockMvcResultMatchers.header", mockMvc + "result.MockMvcResultMatchers.jsonPath",
                mockMvc + "result.MockMvcResultMatchers.status"));
        if (!getSampledFields().isEmpty()) {
            imports.add(mockMvc + "request.MockMvcRequestBuilders.patch");
        }
        if (getSampledFields().stream().anyMatch(field -> !field.isNotNull())) {
            imports.add("org.hamcrest.Matchers.nullValue");
        }
        if (!getConcurrencyFields().isEmpty()) {
            imports.add("org.assertj.core.api.Assertions.assertThat");
        }
        return sorted(imports.stream());
    }

    /** The imports of the entity's {@code PatchIT}. */
    public List<String> getPatchTestImports() {
        List<String> imports = new ArrayList<>(List.of(packageName + ".IntegrationTest",
                "com.jayway.jsonpath.JsonPath", "org.junit.jupiter.api.BeforeEach", "org.junit.jupiter.api.Test",
                "org.springframework.beans.factory.annotation.Autowired",
                "org.springframework.boot.test.context.SpringBootTest", "org.springframework.http.HttpHeaders",
                "org.springframework.http.MediaType", "org.springframework.test.web.servlet.MockMvc"));
        if (!getConcurrencyFields().isEmpty()) {
            imports.addAll(List.of("java.net.URI", "java.net.http.HttpClient", "java.net.http.HttpRequest",
                    "java.net.http.HttpResponse", "java.util.ArrayList", "java.util.List",
                    "java.util.concurrent.Callable", "java.util.concurrent.ExecutorService",
                    "java.util.concurrent.Executors", "java.util.concurrent.Future",
                    "org.springframework.boot.test.web.server.LocalServerPort",
                    "org.springframework.test.util.JsonPathExpectationsHelper"));
        }
        return sorted(imports.stream());
    }

    /**
     * What the entity's beans in {@code DependencyContainer} import, in the order the snippet adding them lists
     * them (the order {@link cleanarch.edit.ImportOrder} places them in).
     */
    public List<String> getContainerImports() {
        return List.of(
                packageName + ".domain.repositories." + getName() + "Repository",
                packageName + ".infrastructure.entities." + getName() + "Entity",
                packageName + ".infrastructure.repositories.EntityJpaRepository",
                packageName + ".infrastructure.repositories." + getName() + "RepositoryAdapter",
                packageName + ".services." + getName() + "Service",
                "java.time.Clock",
                "org.springframework.context.annotation.Bean");
    }

    private String model() {
        return packageName + ".domain.models." + getName();
    }

    private List<String> enumImports() {
        return getEnumFields().stream().map(field -> packageName + ".domain.models." + field.getEnumType()).toList();
    }

    private Stream<String> typeImports() {
        return fields.stream().flatMap(field -> field.typeImport().stream());
    }

    private Stream<String> requestTypeImports() {
        return fields.stream().flatMap(field -> field.requestTypeImport().stream());
    }

    private static List<String> sorted(Stream<String> imports) {
        return List.copyOf(imports.collect(() -> new TreeSet<String>(), TreeSet::add, TreeSet::addAll));
    }
}
