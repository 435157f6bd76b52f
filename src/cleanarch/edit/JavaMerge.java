package cleanarch.edit;

import cleanarch.UserError;
import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import java.util.List;
import java.util.Optional;

/**
 * Edits existing Java source through its syntax tree, keeping every byte it does not change: the file is parsed,
 * set up for lexical preservation, given the imports and members of a snippet that it lacks, and printed back.
 *
 * <p>A snippet is a small compilation unit rendered from a template: its imports, and one type of the same name as
 * the target type holding the members to add. A member the target already has (a method or a field of the same
 * name) is left alone, so running the same edit twice changes nothing.
 */
public final class JavaMerge {

    private JavaMerge() {
    }

    public static String addMissingMembers(String file, String source, String snippet) {
        CompilationUnit target = parse(file, source);
        CompilationUnit additions = parse(file + " (generated snippet)", snippet);
        TypeDeclaration<?> addedType = additions.getType(0);
        TypeDeclaration<?> targetType = findType(target, addedType.getNameAsString()).orElseThrow(() ->
                new UserError(file + ": type " + addedType.getNameAsString() + " is gone, so nothing can be added "
                        + "to it; restore it or add the change by hand"));
        LexicalPreservingPrinter.setup(target);
        // The snippet keeps its own layout too: a moved member is printed from its original text, indentation
        // included, rather than re-printed by a pretty printer that only indents its first line.
        LexicalPreservingPrinter.setup(additions);
        for (ImportDeclaration importDeclaration : additions.getImports()) {
            addImport(target, importDeclaration);
        }
        for (BodyDeclaration<?> member : List.copyOf(addedType.getMembers())) {
            if (!hasMember(targetType, member)) {
                member.remove();
                addMember(targetType, member);
            }
        }
        return AddedLines.withoutTrailingBlanks(source, LexicalPreservingPrinter.print(target));
    }

    /** Adds an import where a sorted import list would have it; an import already there is left alone. */
    private static void addImport(CompilationUnit unit, ImportDeclaration declaration) {
        NodeList<ImportDeclaration> imports = unit.getImports();
        if (imports.contains(declaration)) {
            return;
        }
        // Fresh nodes: a clone would carry the lexical data of the node it was cloned from.
        ImportDeclaration added = copy(declaration);
        String key = importKey(added);
        ImportDeclaration previous = null;
        for (ImportDeclaration existing : imports) {
            if (importKey(existing).compareTo(key) > 0) {
                break;
            }
            previous = existing;
        }
        if (previous != null) {
            imports.addAfter(added, previous);
        } else if (imports.isEmpty()) {
            unit.addImport(added);
        } else {
            // Inserting before the first import would put it between the package line and the blank line below
            // it. Instead, the first import is copied to second place and takes the new name in its own place.
            ImportDeclaration first = imports.get(0);
            imports.addAfter(copy(first), first);
            first.setName(StaticJavaParser.parseName(added.getNameAsString()));
            first.setStatic(added.isStatic());
            first.setAsterisk(added.isAsterisk());
        }
    }

    private static ImportDeclaration copy(ImportDeclaration declaration) {
        return new ImportDeclaration(declaration.getNameAsString(), declaration.isStatic(), declaration.isAsterisk());
    }

    /** Static imports first, as in the usual layout; then by name. */
    private static String importKey(ImportDeclaration declaration) {
        return (declaration.isStatic() ? "0 " : "1 ") + declaration.getNameAsString();
    }

    static CompilationUnit parse(String file, String source) {
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
        ParseResult<CompilationUnit> result = parser.parse(source);
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            throw new UserError(file + " does not parse as Java (" + result.getProblems().get(0).getMessage()
                    + "); fix it first");
        }
        return result.getResult().get();
    }

    static Optional<TypeDeclaration<?>> findType(CompilationUnit unit, String name) {
        return unit.getTypes().stream().filter(type -> type.getNameAsString().equals(name)).findFirst();
    }

    private static boolean hasMember(TypeDeclaration<?> type, BodyDeclaration<?> member) {
        if (member instanceof MethodDeclaration method) {
            return !type.getMethodsByName(method.getNameAsString()).isEmpty();
        }
        if (member instanceof FieldDeclaration field) {
            List<String> names = field.getVariables().stream().map(VariableDeclarator::getNameAsString).toList();
            return names.stream().anyMatch(name -> type.getFieldByName(name).isPresent());
        }
        throw new IllegalArgumentException("unsupported member in snippet: " + member.getClass().getSimpleName());
    }

    /** Adds a member; a Javadoc is re-attached after adding because the lexical printer drops one added with it. */
    private static void addMember(TypeDeclaration<?> type, BodyDeclaration<?> member) {
        Optional<Comment> comment = member.getComment();
        member.removeComment();
        type.addMember(member);
        comment.ifPresent(member::setComment);
    }
}
