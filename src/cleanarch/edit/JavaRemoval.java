package cleanarch.edit;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.nodeTypes.NodeWithOptionalBlockStmt;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.printer.lexicalpreservation.LexicalLayout;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import com.github.javaparser.printer.lexicalpreservation.LexicalRemoval;
import com.github.javaparser.printer.lexicalpreservation.LexicalSetup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The inverse of {@link JavaMerge}: takes out of existing Java source what a snippet contributes, keeping every
 * other byte. The snippet is the file as the generator writes it for the removed fields alone; the base is the
 * file it writes for the fields that stay (for no fields: the skeleton). Whatever the snippet has and the base
 * does not is the removed fields' own, and is removed from the target where it is found:
 * <ul>
 *   <li>members, matched by signature ({@link Signatures}), whole, hand edits in them included: a getter of a
 *       removed field goes however it was changed;
 *   <li>in a member the base has too (a mapping, a filter method, {@code toString}), the statements equal to the
 *       snippet's, the arguments of the final {@code new T(...)} and the conditions of a final {@code &&} chain;
 *   <li>record components, by name;
 *   <li>imports that nothing in the edited file uses any more.
 * </ul>
 * Statements, conditions and members the user added stay where they are; running the same removal twice changes
 * nothing the second time.
 */
public final class JavaRemoval {

    private JavaRemoval() {
    }

    /** @return the source without what {@code snippet} has beyond {@code base} */
    public static String remove(String file, String source, String snippet, String base) {
        return remove(file, source, JavaMerge.parse(file + " (generated snippet)", snippet),
                JavaMerge.parse(file + " (generated base)", base));
    }

    /**
     * Takes out of {@code source} every element of {@code snippet}: the inverse of
     * {@link JavaMerge#merge(String, String, String)}, as for an entity's beans in {@code DependencyContainer}.
     */
    public static String remove(String file, String source, String snippet) {
        CompilationUnit removed = JavaMerge.parse(file + " (generated snippet)", snippet);
        CompilationUnit empty = new CompilationUnit();
        removed.getPackageDeclaration().ifPresent(declaration -> empty.setPackageDeclaration(declaration.clone()));
        empty.addClass(removed.getType(0).getNameAsString());
        return remove(file, source, removed, empty);
    }

    private static String remove(String file, String source, CompilationUnit removed, CompilationUnit kept) {
        CompilationUnit target = JavaMerge.parse(file, source);
        TypeDeclaration<?> removedType = removed.getType(0);
        Optional<TypeDeclaration<?>> targetType = JavaMerge.findType(target, removedType.getNameAsString());
        if (targetType.isEmpty()) {
            // The class was renamed or deleted by hand: nothing of the generator's is left in it to take out.
            return source;
        }
        TypeDeclaration<?> keptType = JavaMerge.findType(kept, removedType.getNameAsString()).orElseThrow();
        LexicalSetup.setup(target);
        if (removedType instanceof RecordDeclaration record && targetType.get() instanceof RecordDeclaration own) {
            removeComponents(own, record, (RecordDeclaration) keptType);
        }
        removeMembers(targetType.get(), removedType, keptType);
        Set<String> candidates = removed.getImports().stream().filter(i -> !kept.getImports().contains(i))
                .map(ImportDeclaration::getNameAsString).collect(Collectors.toSet());
        removeUnusedImports(target, candidates);
        return LexicalPreservingPrinter.print(target);
    }

    private static final Pattern JAVADOC_REFERENCE =
            Pattern.compile("(?:\\{@link(?:plain)?|@see|@throws|@exception)\\s+([\\w$]+)");

    /** Removes every import, among those named in {@code candidates}, that nothing else in the file mentions. */
    public static void removeUnusedImports(CompilationUnit unit, Set<String> candidates) {
        Set<String> used = unit.findAll(SimpleName.class).stream()
                .filter(name -> !inImport(name))
                .map(SimpleName::getIdentifier).collect(Collectors.toSet());
        used.addAll(unit.findAll(Name.class).stream()
                .filter(name -> !inImport(name))
                .map(Name::getIdentifier).toList());
        // A type a comment links to ({@link Type}, @see, @throws) needs its import too, for javadoc; a mere
        // mention ({@code Type}) does not.
        unit.getAllComments().forEach(comment -> JAVADOC_REFERENCE.matcher(comment.getContent()).results()
                .forEach(reference -> used.add(reference.group(1))));
        for (ImportDeclaration declaration : List.copyOf(unit.getImports())) {
            String name = declaration.getNameAsString();
            String simple = name.substring(name.lastIndexOf('.') + 1);
            if (candidates.contains(name) && !declaration.isAsterisk() && !used.contains(simple)) {
                LexicalRemoval.removeImport(unit.getImports(), declaration);
            }
        }
    }

    private static void removeComponents(RecordDeclaration target, RecordDeclaration removed,
            RecordDeclaration kept) {
        for (Parameter component : removed.getParameters()) {
            if (find(kept.getParameters(), component).isPresent()) {
                continue;
            }
            NodeList<Parameter> components = target.getParameters();
            Optional<Parameter> own = find(components, component);
            if (own.isEmpty()) {
                continue;
            }
            LexicalRemoval.removeListElement(components, own.get());
        }
    }

    private static Optional<Parameter> find(List<Parameter> components, Parameter component) {
        return components.stream().filter(c -> c.getNameAsString().equals(component.getNameAsString()))
                .findFirst();
    }

    private static void removeMembers(TypeDeclaration<?> target, TypeDeclaration<?> removed,
            TypeDeclaration<?> kept) {
        for (BodyDeclaration<?> member : removed.getMembers()) {
            Optional<BodyDeclaration<?>> stays = Placement.find(kept.getMembers(), member, Signatures::same);
            if (stays.isPresent() && stays.get().equals(member)) {
                continue;
            }
            Optional<BodyDeclaration<?>> own = Placement.find(target.getMembers(), member, Signatures::same);
            if (own.isEmpty()) {
                continue;
            }
            if (stays.isEmpty()) {
                LexicalRemoval.removeLines(target.getMembers(), own.get());
            } else if (member instanceof NodeWithOptionalBlockStmt<?> method && method.getBody().isPresent()
                    && own.get() instanceof NodeWithOptionalBlockStmt<?> ownMethod
                    && ownMethod.getBody().isPresent()) {
                BlockStmt keptBody = ((NodeWithOptionalBlockStmt<?>) stays.get()).getBody()
                        .orElseGet(BlockStmt::new);
                removeFromBody((CallableDeclaration<?>) member, ownMethod.getBody().get(), method.getBody().get(),
                        keptBody);
            }
        }
    }

    private static void removeFromBody(CallableDeclaration<?> method, BlockStmt body, BlockStmt removed,
            BlockStmt kept) {
        for (Statement statement : removed.getStatements()) {
            if (kept.getStatements().contains(statement)) {
                continue;
            }
            NodeList<Statement> statements = body.getStatements();
            if (statement instanceof ReturnStmt removedReturn && removedReturn.getExpression().isPresent()) {
                Optional<Statement> last = statements.getLast().filter(Statement::isReturnStmt);
                Optional<Expression> keptReturn = kept.getStatements().getLast().filter(Statement::isReturnStmt)
                        .flatMap(s -> s.asReturnStmt().getExpression());
                if (last.isPresent() && keptReturn.isPresent()) {
                    removeFromReturn(method, last.get().asReturnStmt(), removedReturn.getExpression().get(),
                            keptReturn.get());
                }
                continue;
            }
            statements.stream().filter(statement::equals).findFirst()
                    .ifPresent(own -> LexicalRemoval.removeLines(statements, own));
        }
    }

    private static void removeFromReturn(CallableDeclaration<?> method, ReturnStmt target, Expression removed,
            Expression kept) {
        Expression existing = target.getExpression().orElseThrow();
        if (removed instanceof ObjectCreationExpr removedCreation && existing instanceof ObjectCreationExpr creation
                && creation.getType().equals(removedCreation.getType())) {
            List<Expression> keptArguments = kept instanceof ObjectCreationExpr keptCreation
                    ? keptCreation.getArguments() : List.of();
            for (Expression argument : removedCreation.getArguments()) {
                if (!keptArguments.contains(argument)) {
                    removeArgument(creation.getArguments(), argument);
                }
            }
        } else if (Signatures.returnsBoolean(method)) {
            List<Expression> keptConditions = JavaMerge.conjuncts(kept);
            List<Expression> gone = JavaMerge.conjuncts(removed).stream()
                    .filter(condition -> !keptConditions.contains(condition)).toList();
            List<Expression> present = JavaMerge.conjuncts(existing);
            if (gone.stream().noneMatch(present::contains)) {
                return;
            }
            List<Expression> left = present.stream().filter(condition -> !gone.contains(condition)).toList();
            // Joined again the way JavaMerge joins them, one condition a line, so that the result reads as if the
            // removed conditions had never been there.
            target.setExpression(left.isEmpty() ? new BooleanLiteralExpr(true) : left.get(0).clone());
            for (Expression condition : left.subList(Math.min(1, left.size()), left.size())) {
                Expression current = target.getExpression().orElseThrow();
                BinaryExpr joined = new BinaryExpr(current.clone(), condition.clone(), BinaryExpr.Operator.AND);
                target.setExpression(joined);
                LexicalLayout.operatorOnOwnLine(joined, target, Signatures.CONTINUATION_INDENT);
            }
        }
    }

    private static void removeArgument(NodeList<Expression> arguments, Expression argument) {
        arguments.stream().filter(argument::equals).findFirst()
                .ifPresent(own -> LexicalRemoval.removeListElement(arguments, own));
    }

    /**
     * What a file rewritten from {@code before} to {@code after} by the generator becomes when the user edited it:
     * each member the user left as the generator wrote it takes its new text (or goes, if {@code after} has none),
     * and each member the user changed stays as it is and is listed, if the generator would have changed it.
     *
     * @param before the file as the generator wrote it
     * @param after  the file as the generator writes it now
     */
    public static Replaced replaceGenerated(String file, String source, String before, String after) {
        if (source.equals(before)) {
            return new Replaced(after, List.of());
        }
        CompilationUnit target = JavaMerge.parse(file, source);
        CompilationUnit old = JavaMerge.parse(file + " (as generated)", before);
        CompilationUnit now = JavaMerge.parse(file + " (as generated now)", after);
        TypeDeclaration<?> oldType = old.getType(0);
        Optional<TypeDeclaration<?>> targetType = JavaMerge.findType(target, oldType.getNameAsString());
        TypeDeclaration<?> newType = JavaMerge.findType(now, oldType.getNameAsString()).orElseThrow();
        if (targetType.isEmpty()) {
            return new Replaced(source, List.of());
        }
        LexicalSetup.setup(target);
        LexicalSetup.setup(now);
        List<String> kept = new ArrayList<>();
        for (BodyDeclaration<?> member : oldType.getMembers()) {
            Optional<BodyDeclaration<?>> own = Placement.find(targetType.get().getMembers(), member,
                    Signatures::same);
            Optional<BodyDeclaration<?>> replacement = Placement.find(newType.getMembers(), member,
                    Signatures::same);
            if (own.isEmpty() || replacement.isPresent() && replacement.get().equals(member)) {
                continue;
            }
            if (!own.get().equals(member)) {
                kept.add(describe(targetType.get(), own.get()));
            } else if (replacement.isEmpty()) {
                own.get().remove();
            } else {
                BodyDeclaration<?> fresh = replacement.get();
                fresh.remove();
                own.get().replace(fresh);
            }
        }
        Set<String> candidates = old.getImports().stream().filter(i -> !now.getImports().contains(i))
                .map(ImportDeclaration::getNameAsString).collect(Collectors.toSet());
        removeUnusedImports(target, candidates);
        return new Replaced(LexicalPreservingPrinter.print(target), List.copyOf(kept));
    }

    /** A file's new text, and the members kept as the user edited them although the generator changed them. */
    public record Replaced(String source, List<String> keptAsEdited) {
    }

    private static String describe(TypeDeclaration<?> type, BodyDeclaration<?> member) {
        String name = member instanceof CallableDeclaration<?> callable ? callable.getNameAsString() + "()"
                : member instanceof FieldDeclaration field
                ? field.getVariable(0).getNameAsString() : member.getClass().getSimpleName();
        return type.getNameAsString() + "." + name;
    }

    /**
     * One member a snippet contributes beyond its base: what code elsewhere may still use after a removal.
     *
     * @param type           the qualified name of the class declaring it
     * @param kind           {@code field}, {@code method} or {@code component}
     * @param parameterTypes a method's parameter types as written; empty otherwise
     */
    public record Contribution(String type, String kind, String name, List<String> parameterTypes) {
    }

    /** The fields, methods and record components {@code snippet} has beyond {@code base}. */
    public static List<Contribution> contributions(String file, String snippet, String base) {
        CompilationUnit removed = JavaMerge.parse(file + " (generated snippet)", snippet);
        CompilationUnit kept = JavaMerge.parse(file + " (generated base)", base);
        TypeDeclaration<?> removedType = removed.getType(0);
        TypeDeclaration<?> keptType = JavaMerge.findType(kept, removedType.getNameAsString()).orElseThrow();
        String type = removed.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("")
                + removedType.getNameAsString();
        List<Contribution> contributions = new ArrayList<>();
        if (removedType instanceof RecordDeclaration record && keptType instanceof RecordDeclaration keptRecord) {
            for (Parameter component : record.getParameters()) {
                if (find(keptRecord.getParameters(), component).isEmpty()) {
                    contributions.add(new Contribution(type, "component", component.getNameAsString(), List.of()));
                }
            }
        }
        for (BodyDeclaration<?> member : removedType.getMembers()) {
            if (Placement.find(keptType.getMembers(), member, Signatures::same).isPresent()) {
                continue;
            }
            if (member instanceof FieldDeclaration field) {
                field.getVariables().forEach(variable -> contributions.add(
                        new Contribution(type, "field", variable.getNameAsString(), List.of())));
            } else if (member instanceof MethodDeclaration method) {
                contributions.add(new Contribution(type, "method", method.getNameAsString(),
                        method.getParameters().stream().map(p -> p.getType().asString()).toList()));
            }
        }
        return contributions;
    }

    /**
     * Where {@code source} still names one of {@code names} (imports aside), as {@code line: name}: what is left of
     * removed members in a class a removal edited is code the user wrote there.
     */
    public static List<String> namesLeft(String file, String source, Set<String> names) {
        CompilationUnit unit = JavaMerge.parse(file, source);
        List<String> left = new ArrayList<>();
        for (Node node : unit.findAll(Node.class, JavaRemoval::isUse)) {
            String name = node instanceof SimpleName simple ? simple.getIdentifier()
                    : ((MethodReferenceExpr) node).getIdentifier();
            if (names.contains(name) && !inImport(node)) {
                left.add(node.getBegin().map(position -> position.line).orElse(0) + ": " + name);
            }
        }
        return left;
    }

    /**
     * Whether a node names something used rather than declared: a variable or field read, a method called or
     * referenced, a type. An annotation's {@code name = ...} and a declaration's own name are not uses.
     */
    private static boolean isUse(Node node) {
        if (node instanceof MethodReferenceExpr) {
            return true;
        }
        Node parent = node instanceof SimpleName ? node.getParentNode().orElse(null) : null;
        return parent instanceof NameExpr || parent instanceof FieldAccessExpr
                || parent instanceof MethodCallExpr call && call.getName() == node
                || parent instanceof ClassOrInterfaceType;
    }

    /** Whether the node is part of an import; a loop, as {@code findAncestor(Class...)} is an unchecked call. */
    private static boolean inImport(Node node) {
        for (Node current = node; current != null; current = current.getParentNode().orElse(null)) {
            if (current instanceof ImportDeclaration) {
                return true;
            }
        }
        return false;
    }
}
