package cleanarch.edit;

import cleanarch.UserError;
import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.printer.lexicalpreservation.LexicalSetup;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedTypeDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;
import com.github.javaparser.resolution.types.ResolvedReferenceType;
import com.github.javaparser.resolution.types.ResolvedType;
import com.github.javaparser.symbolsolver.JavaSymbolSolver;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFactory;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JavaParserTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds every use of given members of given classes in a project's sources ({@code src/main/java} and
 * {@code src/test/java}), as an IDE's "find usages" does: JavaParser's symbol solver resolves each name that is
 * spelled like a member to its declaration. The project's libraries (Spring, Jakarta) are not on the solver's
 * path, only the project's own sources and the JDK; so an expression whose type comes from a library cannot be
 * resolved. A name spelled like a member whose target cannot be resolved is reported as an unresolved use, for
 * the command to list, never silently taken or left.
 *
 * <p>Only files whose text contains one of the names are parsed (a cheap prefilter), and the units returned are
 * set up for lexical preservation, so that a caller edits the nodes of the usages and prints the units back.
 */
public final class MemberUsages {

    /** The source roots searched, relative to the project. */
    public static final List<String> SOURCE_ROOTS = List.of("src/main/java", "src/test/java");

    /** What a member is. A record component is both its field and its accessor method. */
    public enum Kind { TYPE, FIELD, METHOD, COMPONENT, CONSTRUCTOR }

    /**
     * A member of a class.
     *
     * @param type           the qualified name of the declaring class (of the class itself, for {@link Kind#TYPE})
     * @param kind           what it is
     * @param name           its name (the class's simple name for a type or a constructor)
     * @param parameterTypes for a method or constructor, the simple names of its parameter types, without type
     *                       arguments; null matches any
     */
    public record Member(String type, Kind kind, String name, List<String> parameterTypes) {

        public static Member type(String qualifiedName) {
            return new Member(qualifiedName, Kind.TYPE, simpleName(qualifiedName), null);
        }

        public static Member field(String type, String name) {
            return new Member(type, Kind.FIELD, name, null);
        }

        public static Member method(String type, String name, List<String> parameterTypes) {
            return new Member(type, Kind.METHOD, name, parameterTypes);
        }

        public static Member component(String type, String name) {
            return new Member(type, Kind.COMPONENT, name, null);
        }

        public static Member constructor(String type, List<String> parameterTypes) {
            return new Member(type, Kind.CONSTRUCTOR, simpleName(type), parameterTypes);
        }

        @Override
        public String toString() {
            return switch (kind) {
                case TYPE -> "class " + type;
                case FIELD -> "field " + type + "." + name;
                case COMPONENT -> "component " + type + "." + name;
                case METHOD, CONSTRUCTOR -> type + "." + name + "("
                        + (parameterTypes == null ? "..." : String.join(", ", parameterTypes)) + ")";
            };
        }
    }

    /**
     * One use of a member (its declaration included).
     *
     * @param file     relative to the project
     * @param line     1-based
     * @param node     the node naming the member: a {@link SimpleName}, a {@link Name} (an import) or a
     *                 {@link MethodReferenceExpr}; {@link #rename} renames it
     * @param resolved false when the name's target could not be resolved: it may or may not be the member
     */
    public record Usage(Path file, int line, Node node, Member member, boolean resolved) {

        /** {@code path:line}, as compilers write it. */
        public String location() {
            return file.toString().replace('\\', '/') + ":" + line;
        }
    }

    /** The usages found, and the parsed files holding them (set up for lexical preservation). */
    public record Found(List<Usage> usages, Map<Path, CompilationUnit> units) {

        public List<Usage> resolved() {
            return usages.stream().filter(Usage::resolved).toList();
        }

        public List<Usage> unresolved() {
            return usages.stream().filter(usage -> !usage.resolved()).toList();
        }
    }

    private final Path projectDir;
    private final JavaParser parser;
    private final CombinedTypeSolver typeSolver;

    public MemberUsages(Path projectDir) {
        this.projectDir = projectDir;
        this.typeSolver = new CombinedTypeSolver(new ReflectionTypeSolver(true));
        ParserConfiguration plain = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
        for (String root : SOURCE_ROOTS) {
            Path directory = projectDir.resolve(root);
            if (Files.isDirectory(directory)) {
                typeSolver.add(new JavaParserTypeSolver(directory, plain));
            }
        }
        this.parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
                .setSymbolResolver(new JavaSymbolSolver(typeSolver)));
    }

    /** Every use of the members in the project's sources, in file and line order. */
    public Found find(List<Member> members) {
        return find(members, sourceFiles());
    }

    /** Every use of the members in the given files (relative to the project), in file and line order. */
    public Found find(List<Member> members, List<Path> files) {
        List<Usage> usages = new ArrayList<>();
        Map<Path, CompilationUnit> units = new LinkedHashMap<>();
        for (Path file : files) {
            String source = read(file);
            List<Member> candidates = members.stream().filter(member -> source.contains(member.name())).toList();
            if (candidates.isEmpty()) {
                continue;
            }
            CompilationUnit unit = parse(file, source);
            List<Usage> inFile = new ArrayList<>();
            for (Node node : unit.findAll(Node.class, MemberUsages::isNaming)) {
                for (Member member : candidates) {
                    if (!member.name().equals(nameOf(node))) {
                        continue;
                    }
                    match(node, member).ifPresent(resolved -> inFile.add(new Usage(file,
                            node.getBegin().map(position -> position.line).orElse(0), node, member, resolved)));
                }
            }
            inFile.sort(Comparator.comparing((Usage usage) -> usage.node().getBegin().orElseThrow()));
            if (!inFile.isEmpty()) {
                units.put(file, LexicalSetup.setup(unit));
                usages.addAll(inFile);
            }
        }
        return new Found(List.copyOf(usages), units);
    }

    /** Renames the member a usage's node names (an import's last identifier, a method reference's identifier). */
    public static void rename(Usage usage, String newName) {
        Node node = usage.node();
        if (node instanceof SimpleName name) {
            name.setIdentifier(newName);
        } else if (node instanceof Name name) {
            name.setIdentifier(newName);
        } else if (node instanceof MethodReferenceExpr reference) {
            reference.setIdentifier(newName);
        }
    }

    /** The project's Java files, relative to it, in path order. */
    public List<Path> sourceFiles() {
        List<Path> files = new ArrayList<>();
        for (String root : SOURCE_ROOTS) {
            Path directory = projectDir.resolve(root);
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.filter(path -> path.toString().endsWith(".java") && Files.isRegularFile(path))
                        .map(projectDir::relativize).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private String read(Path file) {
        try {
            return Files.readString(projectDir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CompilationUnit parse(Path file, String source) {
        ParseResult<CompilationUnit> result = parser.parse(source);
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            throw new UserError(file + " does not parse as Java (" + result.getProblems().get(0).getMessage()
                    + "); fix it first");
        }
        return result.getResult().get();
    }

    /** The nodes that can name a member: names, the last name of an import, method references. */
    private static boolean isNaming(Node node) {
        if (node instanceof SimpleName) {
            return true;
        }
        if (node instanceof Name name) {
            return name.getParentNode().filter(ImportDeclaration.class::isInstance).isPresent();
        }
        return node instanceof MethodReferenceExpr;
    }

    private static String nameOf(Node node) {
        if (node instanceof SimpleName name) {
            return name.getIdentifier();
        }
        if (node instanceof Name name) {
            return name.getIdentifier();
        }
        return ((MethodReferenceExpr) node).getIdentifier();
    }

    /**
     * Whether a node spelled like the member names it: empty when it does not, true when it resolves to it, false
     * when its target cannot be resolved.
     */
    private Optional<Boolean> match(Node node, Member member) {
        Node parent = node.getParentNode().orElse(null);
        if (parent == null) {
            return Optional.empty();
        }
        try {
            return switch (member.kind()) {
                case TYPE -> matchType(node, parent, member);
                case FIELD -> matchField(node, parent, member, false);
                case METHOD -> matchMethod(node, parent, member);
                case COMPONENT -> matchField(node, parent, member, true).or(() -> matchMethod(node, parent, member));
                case CONSTRUCTOR -> matchConstructor(node, parent, member);
            };
        } catch (RuntimeException e) {
            // The symbol solver throws several kinds of exceptions for what it cannot resolve.
            return Optional.of(false);
        }
    }

    private Optional<Boolean> matchType(Node node, Node parent, Member member) {
        if (node instanceof Name name) {
            // An import: its qualified name says it all.
            ImportDeclaration declaration = (ImportDeclaration) parent;
            return declaration.isAsterisk() || !name.asString().equals(member.type()) ? Optional.empty()
                    : Optional.of(true);
        }
        if (parent instanceof TypeDeclaration<?> type && type.getName() == node) {
            return type.getFullyQualifiedName().filter(member.type()::equals).map(found -> true);
        }
        if (parent instanceof ConstructorDeclaration constructor && constructor.getName() == node) {
            return enclosingType(constructor).filter(member.type()::equals).map(found -> true);
        }
        if (parent instanceof ClassOrInterfaceType type && type.getName() == node) {
            ResolvedType resolved = type.resolve();
            return resolved.isReferenceType() && resolved.asReferenceType().getQualifiedName().equals(member.type())
                    ? Optional.of(true) : Optional.empty();
        }
        if (parent instanceof NameExpr expression) {
            // A type used as a scope (BookStatus.DRAFT): a name that is no variable, and names this type here.
            try {
                expression.resolve();
                return Optional.empty();
            } catch (RuntimeException notAValue) {
                SymbolReference<ResolvedTypeDeclaration> type = JavaParserFactory.getContext(expression, typeSolver)
                        .solveType(expression.getNameAsString(), List.of());
                if (!type.isSolved()) {
                    return Optional.of(false);
                }
                return type.getCorrespondingDeclaration().getQualifiedName().equals(member.type()) ? Optional.of(true)
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Optional<Boolean> matchField(Node node, Node parent, Member member, boolean component) {
        if (parent instanceof VariableDeclarator variable && variable.getName() == node) {
            return variable.getParentNode().filter(FieldDeclaration.class::isInstance)
                    .flatMap(field -> enclosingType(field)).filter(member.type()::equals).map(found -> true);
        }
        if (component && parent instanceof Parameter parameter && parameter.getName() == node) {
            return parameter.getParentNode().filter(RecordDeclaration.class::isInstance)
                    .flatMap(record -> ((RecordDeclaration) record).getFullyQualifiedName())
                    .filter(member.type()::equals).map(found -> true);
        }
        if (parent instanceof NameExpr || parent instanceof FieldAccessExpr access && access.getName() == node) {
            ResolvedValueDeclaration value = parent instanceof NameExpr name ? name.resolve()
                    : ((FieldAccessExpr) parent).resolve();
            if (value.isField()) {
                return value.asField().declaringType().getQualifiedName().equals(member.type()) ? Optional.of(true)
                        : Optional.empty();
            }
            // Inside a record, a component's name resolves to the component (a parameter of the record).
            if (component && value.isParameter() && parent instanceof NameExpr name) {
                return declaringRecord(name, value).filter(member.type()::equals).map(found -> true);
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<String> declaringRecord(NameExpr name, ResolvedValueDeclaration value) {
        return value.toAst().filter(Parameter.class::isInstance)
                .flatMap(Node::getParentNode).filter(RecordDeclaration.class::isInstance)
                .flatMap(record -> ((RecordDeclaration) record).getFullyQualifiedName());
    }

    private Optional<Boolean> matchMethod(Node node, Node parent, Member member) {
        List<String> parameters = member.kind() == Kind.COMPONENT ? List.of() : member.parameterTypes();
        if (parent instanceof MethodDeclaration method && method.getName() == node) {
            return enclosingType(method).filter(member.type()::equals)
                    .filter(found -> sameParameters(method, parameters)).map(found -> true);
        }
        if (parent instanceof MethodCallExpr call && call.getName() == node) {
            if (parameters != null && call.getArguments().size() != parameters.size()) {
                return Optional.empty();
            }
            try {
                ResolvedMethodDeclaration method = call.resolve();
                return declares(method, member, parameters) ? Optional.of(true) : Optional.empty();
            } catch (RuntimeException e) {
                // An argument of a library's type: the scope's type still tells whose method it is.
                Optional<ResolvedReferenceTypeDeclaration> scope = scopeType(call.getScope(), call);
                if (scope.isEmpty()) {
                    return Optional.of(false);
                }
                return isOrExtends(scope.get(), member.type()) ? Optional.of(true) : Optional.empty();
            }
        }
        if (node instanceof MethodReferenceExpr reference) {
            ResolvedMethodDeclaration method = reference.resolve();
            return declares(method, member, parameters) ? Optional.of(true) : Optional.empty();
        }
        return Optional.empty();
    }

    private Optional<Boolean> matchConstructor(Node node, Node parent, Member member) {
        if (parent instanceof ConstructorDeclaration constructor && constructor.getName() == node) {
            return enclosingType(constructor).filter(member.type()::equals)
                    .filter(found -> sameParameters(constructor, member.parameterTypes())).map(found -> true);
        }
        return matchType(node, parent, Member.type(member.type()));
    }

    private static boolean declares(ResolvedMethodDeclaration method, Member member, List<String> parameters) {
        if (!method.declaringType().getQualifiedName().equals(member.type())) {
            return false;
        }
        if (parameters == null) {
            return true;
        }
        if (method.getNumberOfParams() != parameters.size()) {
            return false;
        }
        for (int i = 0; i < parameters.size(); i++) {
            if (!simpleType(method.getParam(i).describeType()).equals(parameters.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameParameters(CallableDeclaration<?> callable, List<String> parameters) {
        if (parameters == null) {
            return true;
        }
        List<String> declared = callable.getParameters().stream()
                .map(parameter -> simpleType(parameter.getType().asString())).toList();
        return declared.equals(parameters);
    }

    /** {@code java.util.List<String>} as {@code List}. */
    static String simpleType(String type) {
        String erased = type.contains("<") ? type.substring(0, type.indexOf('<')) : type;
        return simpleName(erased.trim());
    }

    private static String simpleName(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }

    /**
     * The type of a call's scope; without a scope, the class the call is written in. Empty when it cannot be
     * resolved (then the call is an unresolved use).
     */
    private Optional<ResolvedReferenceTypeDeclaration> scopeType(Optional<Expression> scope, Node call) {
        try {
            if (scope.isPresent()) {
                ResolvedType type = JavaParserFacade.get(typeSolver).getType(scope.get());
                return type.isReferenceType() ? type.asReferenceType().getTypeDeclaration() : Optional.empty();
            }
            Optional<Node> type = call.getParentNode();
            while (type.isPresent() && !(type.get() instanceof TypeDeclaration<?>)) {
                type = type.get().getParentNode();
            }
            return type.map(declaration -> ((TypeDeclaration<?>) declaration).resolve());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isOrExtends(ResolvedReferenceTypeDeclaration type, String qualifiedName) {
        if (type.getQualifiedName().equals(qualifiedName)) {
            return true;
        }
        try {
            return type.getAllAncestors().stream().map(ResolvedReferenceType::getQualifiedName)
                    .anyMatch(qualifiedName::equals);
        } catch (RuntimeException e) {
            // An ancestor from a library: the project's own ones were found before it.
            return false;
        }
    }

    private static Optional<String> enclosingType(Node node) {
        return node.getParentNode().filter(TypeDeclaration.class::isInstance)
                .flatMap(type -> ((TypeDeclaration<?>) type).getFullyQualifiedName());
    }
}
