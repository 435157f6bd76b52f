package cleanarch.project;

import cleanarch.naming.Names;
import cleanarch.naming.SqlNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Everything the entity templates need to know about one entity: its names in every spelling, its fields, and
 * the imports of each file it renders, computed here so that templates only substitute.
 */
public final class EntityView {

    private final EntityDefinition entity;
    private final String packageName;
    private final List<FieldView> fields;

    public EntityView(EntityDefinition entity, String packageName) {
        this.entity = entity;
        this.packageName = packageName;
        this.fields = entity.fields().stream().map(field -> new FieldView(field, entity.name())).toList();
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

    /** PascalCase plural for test names: {@code OrderLines}. */
    public String getPlural() {
        return Names.pascal(getTable());
    }

    public List<FieldView> getFields() {
        return fields;
    }

    /** The field the update test changes; null for an entity without fields. */
    public FieldView getFirstField() {
        return fields.isEmpty() ? null : fields.get(0);
    }

    public List<FieldView> getOtherFields() {
        return fields.isEmpty() ? List.of() : fields.subList(1, fields.size());
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

    public List<FieldView> getFilterTestableFields() {
        return fields.stream().filter(FieldView::isFilterTestable).toList();
    }

    /** A JSON body giving every field its sample value {@code variant}, for tests. */
    public String sampleBody(int variant) {
        return "{" + String.join(", ", fields.stream()
                .map(field -> "\"" + field.getJson() + "\": " + field.sampleJson(variant)).toList()) + "}";
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
        if (!getEnumFields().isEmpty()) {
            imports.add("jakarta.persistence.EnumType");
            imports.add("jakarta.persistence.Enumerated");
        }
        imports.addAll(enumImports());
        return sorted(Stream.concat(imports.stream(), typeImports()));
    }

    public List<String> getCreateRequestImports() {
        List<String> imports = new ArrayList<>(List.of(model()));
        fields.forEach(field -> imports.addAll(field.validationImports(true)));
        imports.addAll(enumImports());
        return sorted(Stream.concat(imports.stream(), typeImports()));
    }

    public List<String> getUpdateRequestImports() {
        List<String> imports = new ArrayList<>(List.of(model()));
        fields.forEach(field -> imports.addAll(field.validationImports(false)));
        imports.addAll(enumImports());
        return sorted(Stream.concat(imports.stream(), typeImports()));
    }

    public List<String> getResponseImports() {
        List<String> imports = new ArrayList<>(List.of(model(), "java.time.Instant"));
        imports.addAll(enumImports());
        return sorted(Stream.concat(imports.stream(), typeImports()));
    }

    public List<String> getAdapterImports() {
        List<String> imports = new ArrayList<>(List.of(model(),
                packageName + ".domain.repositories." + getName() + "Repository",
                packageName + ".infrastructure.entities." + getName() + "Entity"));
        if (!fields.isEmpty()) {
            imports.add(packageName + ".domain.queries.QueryParams");
            imports.add("org.springframework.data.jpa.domain.Specification");
            imports.add("java.util.ArrayList");
            imports.add("java.util.List");
        }
        imports.addAll(enumImports());
        return sorted(Stream.concat(imports.stream(), typeImports()));
    }

    private String model() {
        return packageName + ".domain.models." + getName();
    }

    private List<String> enumImports() {
        return getEnumFields().stream().map(field -> packageName + ".domain.models." + field.getEnumType()).toList();
    }

    private Stream<String> typeImports() {
        return fields.stream().map(FieldView::typeImport).filter(Objects::nonNull);
    }

    private static List<String> sorted(Stream<String> imports) {
        return List.copyOf(imports.collect(() -> new TreeSet<String>(), TreeSet::add, TreeSet::addAll));
    }
}
