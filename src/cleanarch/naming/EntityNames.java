package cleanarch.naming;

import cleanarch.UserError;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks an entity name and gives its PascalCase class name. */
public final class EntityNames {

    private static final Pattern ENTITY_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*([_-][A-Za-z0-9]+)*");

    /**
     * Simple names the slice's files import or declare: an entity of the same name would clash with them in its
     * own files. The generated project's fixed classes are caught when the file to create already exists.
     */
    private static final Set<String> TAKEN = Set.of(
            // the project's own types, imported next to the entity's
            "Application", "DependencyContainer", "EntityRepository", "Repository", "RepositoryService",
            "EntityJpaRepository", "Page", "QueryParams", "ErrorResponse", "PageResponse", "ItemsResponse",
            "NotFoundException", "InvalidQueryParameterException", "NoDataProvidedException", "IntegrationTest",
            "InMemoryRepository", "TestDatabase",
            // JPA, Spring and JDK types imported by the slice's files
            "Entity", "Table", "Column", "Id", "EnumType", "Enumerated", "StringJoiner", "Instant", "Clock",
            "ChronoUnit", "List", "ArrayList", "Map", "Specification", "Valid", "URI", "HttpStatus",
            "ResponseEntity", "DeleteMapping", "GetMapping", "PatchMapping", "PathVariable", "PostMapping",
            "RequestBody", "RequestMapping", "RequestParam", "ResponseStatus", "RestController",
            "ServletUriComponentsBuilder", "Bean", "Configuration", "Test", "BeforeEach", "Autowired", "MockMvc",
            "HttpHeaders", "MediaType", "JsonPath", "ZoneOffset", "BigDecimal", "LocalDate", "UUID", "NotBlank",
            "NotNull", "Size", "Min", "Max", "DecimalMin", "DecimalMax", "Pattern");

    private EntityNames() {
    }

    /** The PascalCase class name for {@code raw} ({@code order_line}, {@code orderLine} and {@code OrderLine}). */
    public static String require(String raw) {
        if (!ENTITY_NAME.matcher(raw).matches()) {
            throw new UserError("invalid entity name '" + raw + "': use letters and digits, starting with a letter "
                    + "(e.g. OrderLine)");
        }
        String name = Names.pascal(raw);
        if (!JavaKeywords.isName(name) || JavaKeywords.isKeyword(Names.camel(name))) {
            throw new UserError("invalid entity name '" + raw + "': '" + Names.camel(name) + "' is a Java keyword");
        }
        if (Names.pluralSnake(name).length() > SqlNames.MAX_IDENTIFIER_LENGTH) {
            throw new UserError("invalid entity name '" + raw + "': its table " + Names.pluralSnake(name)
                    + " would be longer than PostgreSQL's " + SqlNames.MAX_IDENTIFIER_LENGTH + " characters");
        }
        if (TAKEN.contains(name) || isJavaLangType(name)) {
            throw new UserError("invalid entity name '" + raw + "': '" + name + "' clashes with a class the "
                    + "generated code already uses; choose another name");
        }
        return name;
    }

    private static boolean isJavaLangType(String name) {
        try {
            Class.forName("java.lang." + name, false, EntityNames.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
