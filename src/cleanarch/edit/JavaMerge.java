package cleanarch.edit;

import cleanarch.UserError;
import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithOptionalBlockStmt;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.printer.lexicalpreservation.LexicalLayout;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import com.github.javaparser.printer.lexicalpreservation.LexicalSetup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Edits existing Java source through its syntax tree, keeping every byte it does not change: the file is parsed,
 * set up for lexical preservation, given what a snippet has and it lacks, and printed back.
 *
 * <p>A snippet is a compilation unit: the file as the generator would write it for the new fields alone (or, for
 * {@code DependencyContainer}, a class holding the new beans). What it has and the target lacks is added, each
 * element where {@link Placement} puts it:
 * <ul>
 *   <li>imports, in the order of {@link ImportOrder};
 *   <li>record components, matched by name;
 *   <li>members, matched by signature: a field by its name, a method or constructor by its name and parameter
 *       types (an overload is another member). A member the target lacks is added whole;
 *   <li>for a method or constructor both have, the statements of its body the target lacks; and when both end
 *       with a different {@code return}: the arguments of a {@code new T(...)} the target's lacks, or, in a method
 *       returning {@code boolean}, the condition joined to the target's with {@code &&} (a bare {@code true}
 *       is replaced). Any other return the target has is its own, and stays.
 * </ul>
 * Whatever the target already has is left alone, so running the same edit twice changes nothing.
 */
public final class JavaMerge {

    private JavaMerge() {
    }

    /** Merges {@code snippet} into {@code source}: every element of the snippet is a contribution. */
    public static String merge(String file, String source, String snippet) {
        return merge(file, source, snippet, null);
    }

    /**
     * Merges into {@code source} what {@code snippet} contributes beyond {@code skeleton}, the file the generator
     * writes for no fields at all. What the skeleton has too is the file's own, not the new fields': it is not
     * added back when the user removed it, and a method the new fields add to (a mapping, say) must still be there.
     */
    public static String merge(String file, String source, String snippet, String skeleton) {
        CompilationUnit target = parse(file, source);
        CompilationUnit additions = parse(file + " (generated snippet)", snippet);
        TypeDeclaration<?> addedType = additions.getType(0);
        Optional<TypeDeclaration<?>> base = skeleton == null ? Optional.empty()
                : Optional.of(parse(file + " (generated skeleton)", skeleton).getType(0));
        TypeDeclaration<?> targetType = findType(target, addedType.getNameAsString()).orElseThrow(() ->
                new UserError(file + ": type " + addedType.getNameAsString() + " is gone, so nothing can be added "
                        + "to it; restore it or add the change by hand"));
        LexicalSetup.setup(target);
        // The snippet keeps its own layout too: a moved node is printed from its original text, indentation
        // included, rather than re-printed by a pretty printer that only indents its first line.
        LexicalSetup.setup(additions);
        List<ImportDeclaration> baseImports = base.flatMap(type -> type.findCompilationUnit())
                .map(CompilationUnit::getImports).map(List::copyOf).orElse(List.of());
        for (ImportDeclaration importDeclaration : additions.getImports()) {
            if (!baseImports.contains(importDeclaration)) {
                addImport(target, importDeclaration);
            }
        }
        if (addedType instanceof RecordDeclaration addedRecord && targetType instanceof RecordDeclaration record) {
            List<Parameter> baseComponents = base.filter(RecordDeclaration.class::isInstance)
                    .map(type -> List.copyOf(((RecordDeclaration) type).getParameters())).orElse(List.of());
            addComponents(record, addedRecord, baseComponents);
        }
        mergeMembers(file, targetType, addedType, base);
        return AddedLines.withoutTrailingBlanks(source, LexicalPreservingPrinter.print(target));
    }

    /** Adds an import where {@link ImportOrder} puts it; an import already there is left alone. */
    static void addImport(CompilationUnit unit, ImportDeclaration declaration) {
        NodeList<ImportDeclaration> imports = unit.getImports();
        if (imports.contains(declaration)) {
            return;
        }
        // A node of its own that holds the text it prints: a clone would carry the lexical data of the node it was
        // cloned from, and a node without text is pretty-printed, which looks back through the file for its
        // indentation (a cost that grew with the DependencyContainer).
        ImportDeclaration added = LexicalSetup.setup(StaticJavaParser.parseImport(declaration.toString().strip()));
        int position = ImportOrder.position(imports.stream().map(JavaMerge::importKey).toList(), importKey(added));
        if (position > 0) {
            LexicalLayout.insertLineAfter(imports, added, imports.get(position - 1));
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

    private static String importKey(ImportDeclaration declaration) {
        return ImportOrder.key(declaration.getNameAsString(), declaration.isStatic());
    }

    static CompilationUnit parse(String file, String source) {
        // RAW: the grammar of the newest Java without the validators of a language level, which walk the whole
        // tree again after parsing (a third of the parse of a large DependencyContainer); javac checks the result.
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.RAW));
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

    private static void addComponents(RecordDeclaration target, RecordDeclaration added, List<Parameter> base) {
        List<Parameter> snippet = List.copyOf(added.getParameters());
        for (int i = 0; i < snippet.size(); i++) {
            Parameter component = snippet.get(i);
            NodeList<Parameter> components = target.getParameters();
            if (Placement.find(components, component, JavaMerge::sameName).isPresent()
                    || Placement.find(base, component, JavaMerge::sameName).isPresent()) {
                continue;
            }
            boolean first = components.isEmpty();
            component.remove();
            insert(components, component, Placement.of(snippet, i, components, JavaMerge::sameName));
            if (first) {
                LexicalLayout.onOwnLine(component, Signatures.CONTINUATION_INDENT);
            } else {
                likeNeighbours(components, component);
            }
        }
    }

    private static boolean sameName(Parameter one, Parameter other) {
        return one.getNameAsString().equals(other.getNameAsString());
    }

    private static void mergeMembers(String file, TypeDeclaration<?> target, TypeDeclaration<?> added,
            Optional<TypeDeclaration<?>> base) {
        List<BodyDeclaration<?>> snippet = List.copyOf(added.getMembers());
        for (int i = 0; i < snippet.size(); i++) {
            BodyDeclaration<?> member = snippet.get(i);
            Optional<BodyDeclaration<?>> own = base.flatMap(type -> Placement.find(type.getMembers(), member,
                    Signatures::same));
            if (own.isPresent() && own.get().equals(member)) {
                continue;
            }
            Optional<BodyDeclaration<?>> existing = Placement.find(target.getMembers(), member, Signatures::same);
            if (existing.isEmpty() && own.isPresent()) {
                throw gone(file, target, member);
            }
            if (existing.isEmpty()) {
                // The lexical printer drops a Javadoc that comes with an added member: it is taken off while the
                // member is still in the snippet, and put back once the member is in place.
                Optional<Comment> comment = member.getComment();
                member.removeComment();
                LexicalLayout.detach(added.getMembers(), member);
                addMember(target, member, Placement.of(snippet, i, target.getMembers(), Signatures::same));
                comment.ifPresent(member::setComment);
            } else if (member instanceof NodeWithOptionalBlockStmt<?> method && method.getBody().isPresent()) {
                BlockStmt body = ((NodeWithOptionalBlockStmt<?>) existing.get()).getBody()
                        .orElseThrow(() -> gone(file, target, member));
                Optional<BlockStmt> ownBody = own.flatMap(declaration ->
                        ((NodeWithOptionalBlockStmt<?>) declaration).getBody());
                mergeBody(file, target, (CallableDeclaration<?>) member, body, method.getBody().get(), ownBody);
            }
        }
    }

    private static UserError gone(String file, TypeDeclaration<?> type, BodyDeclaration<?> member) {
        String name = member instanceof CallableDeclaration<?> callable ? "method " + type.getNameAsString() + "."
                + callable.getNameAsString() + "()" : "member " + member.toString().lines().findFirst().orElse("");
        return new UserError(file + ": " + name + " is gone, so the new field cannot be added to it; restore it "
                + "or add the change by hand");
    }

    /** Adds a member where {@code anchor} says, laid out as the member beside it; at the end when it says nothing. */
    private static void addMember(TypeDeclaration<?> type, BodyDeclaration<?> member,
            Placement.Anchor<BodyDeclaration<?>> anchor) {
        NodeList<BodyDeclaration<?>> members = type.getMembers();
        if (anchor.before().isPresent()) {
            LexicalLayout.insertMemberBefore(members, member, anchor.before().get());
        } else if (anchor.after().isPresent()) {
            LexicalLayout.insertMemberAfter(members, member, anchor.after().get());
        } else if (members.isNonEmpty()) {
            LexicalLayout.insertMemberAfter(members, member, members.get(members.size() - 1));
        } else {
            type.addMember(member);
        }
    }

    private static void mergeBody(String file, TypeDeclaration<?> type, CallableDeclaration<?> method,
            BlockStmt body, BlockStmt additions, Optional<BlockStmt> base) {
        List<Statement> snippet = List.copyOf(additions.getStatements());
        List<Statement> own = base.map(block -> List.copyOf(block.getStatements())).orElse(List.of());
        for (int i = 0; i < snippet.size(); i++) {
            Statement statement = snippet.get(i);
            NodeList<Statement> statements = body.getStatements();
            if (statements.contains(statement) || own.contains(statement)) {
                continue;
            }
            if (statement instanceof ReturnStmt added && added.getExpression().isPresent()
                    && statements.getLast().filter(Statement::isReturnStmt).isPresent()) {
                mergeReturn(file, type, method, statements.getLast().get().asReturnStmt(),
                        added.getExpression().get());
                continue;
            }
            statement.remove();
            Placement.Anchor<Statement> anchor = Placement.of(snippet, i, statements, Statement::equals);
            if (anchor.before().isPresent()) {
                // Laid out as the statement it goes before, whose line it takes.
                LexicalLayout.insertMemberBefore(statements, statement, anchor.before().get());
            } else {
                insert(statements, statement, anchor);
            }
        }
    }

    private static void mergeReturn(String file, TypeDeclaration<?> type, CallableDeclaration<?> method,
            ReturnStmt existingReturn, Expression added) {
        Expression existing = existingReturn.getExpression().orElseThrow(() -> new UserError(file + ": "
                + type.getNameAsString() + "." + method.getNameAsString() + "() returns nothing, so the new field "
                + "cannot be added to it; add it by hand"));
        if (added instanceof ObjectCreationExpr addedCreation && existing instanceof ObjectCreationExpr creation
                && creation.getType().equals(addedCreation.getType())) {
            List<Expression> snippet = List.copyOf(addedCreation.getArguments());
            for (int i = 0; i < snippet.size(); i++) {
                Expression argument = snippet.get(i);
                NodeList<Expression> arguments = creation.getArguments();
                if (arguments.contains(argument)) {
                    continue;
                }
                argument.remove();
                insert(arguments, argument, Placement.of(snippet, i, arguments, Expression::equals));
                likeNeighbours(arguments, argument);
            }
        } else if (Signatures.returnsBoolean(method)) {
            joinCondition(existingReturn, existing, added);
        }
    }

    /** {@code existing && added}: a bare {@code true} is replaced, and a condition already there is kept as it is. */
    private static void joinCondition(ReturnStmt statement, Expression existing, Expression added) {
        if (existing instanceof BooleanLiteralExpr literal && literal.getValue()) {
            statement.setExpression(added.clone());
            return;
        }
        List<Expression> present = conjuncts(existing);
        for (Expression conjunct : conjuncts(added)) {
            if (present.contains(conjunct)) {
                continue;
            }
            Expression current = statement.getExpression().orElseThrow();
            BinaryExpr joined = new BinaryExpr(current.clone(), conjunct.clone(), BinaryExpr.Operator.AND);
            statement.setExpression(joined);
            LexicalLayout.operatorOnOwnLine(joined, statement, Signatures.CONTINUATION_INDENT);
        }
    }

    static List<Expression> conjuncts(Expression expression) {
        if (expression instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.AND) {
            List<Expression> all = new ArrayList<>(conjuncts(binary.getLeft()));
            all.addAll(conjuncts(binary.getRight()));
            return all;
        }
        return List.of(expression);
    }

    /**
     * Lays out an element inserted into a comma-separated list the way the list is laid out: on a line of its own
     * in a list of one element per line.
     */
    private static <T extends Node> void likeNeighbours(NodeList<T> list, T element) {
        int index = list.indexOf(element);
        if (index < list.size() - 1) {
            LexicalLayout.likePrevious(element);
        } else if (index > 0) {
            LexicalLayout.likePrevious(list.get(index - 1));
        }
    }

    private static <T extends Node> void insert(NodeList<T> list, T element, Placement.Anchor<T> anchor) {
        if (anchor.before().isPresent()) {
            list.addBefore(element, anchor.before().get());
        } else if (anchor.after().isPresent()) {
            list.addAfter(element, anchor.after().get());
        } else {
            list.add(element);
        }
    }
}
