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
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import com.github.javaparser.printer.lexicalpreservation.LexicalLayout;
import java.util.List;
import java.util.Optional;

/**
 * Edits existing Java source through its syntax tree, keeping every byte it does not change: the file is parsed,
 * set up for lexical preservation, given the imports and members of a snippet that it lacks, and printed back.
 *
 * <p>A snippet is a small compilation unit rendered from a template: its imports, and one type of the same name as
 * the target type holding what to add:
 * <ul>
 *   <li>fields go after the target's last field, methods at the end of the type;
 *   <li>record components go before the target's {@code createdAt} component, or last;
 *   <li>a method marked {@code @IntoExisting} is not added: its content goes into the target's method of the same
 *       name, which must exist. A {@code return new T(...)} adds its arguments to the target's {@code new T(...)}
 *       before {@code ...getCreatedAt()}; a {@code return} of a condition joins the target's condition with
 *       {@code &&}; any other statement goes before the target's final {@code return}, or last.
 * </ul>
 * Whatever the target already has (a member or component of the same name, an equal statement, argument or
 * condition) is left alone, so running the same edit twice changes nothing.
 */
public final class JavaMerge {

    private static final String INTO_EXISTING = "IntoExisting";
    private static final String CREATED_AT = "createdAt";

    private JavaMerge() {
    }

    public static String merge(String file, String source, String snippet) {
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
        if (addedType instanceof RecordDeclaration addedRecord && targetType instanceof RecordDeclaration record) {
            addComponents(record, addedRecord);
        }
        for (BodyDeclaration<?> member : List.copyOf(addedType.getMembers())) {
            if (member instanceof MethodDeclaration method && method.isAnnotationPresent(INTO_EXISTING)) {
                mergeInto(file, targetType, method);
            } else if (!hasMember(targetType, member)) {
                member.remove();
                addMember(targetType, member);
            }
        }
        return AddedLines.withoutTrailingBlanks(source, LexicalPreservingPrinter.print(target));
    }

    /** Adds an import where {@link ImportOrder} puts it; an import already there is left alone. */
    private static void addImport(CompilationUnit unit, ImportDeclaration declaration) {
        NodeList<ImportDeclaration> imports = unit.getImports();
        if (imports.contains(declaration)) {
            return;
        }
        // Fresh nodes: a clone would carry the lexical data of the node it was cloned from.
        ImportDeclaration added = copy(declaration);
        int position = ImportOrder.position(imports.stream().map(JavaMerge::importKey).toList(), importKey(added));
        if (position > 0) {
            imports.addAfter(added, imports.get(position - 1));
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

    private static void addComponents(RecordDeclaration target, RecordDeclaration added) {
        for (Parameter component : List.copyOf(added.getParameters())) {
            boolean present = target.getParameters().stream()
                    .anyMatch(existing -> existing.getNameAsString().equals(component.getNameAsString()));
            if (present) {
                continue;
            }
            component.remove();
            Optional<Parameter> createdAt = target.getParameters().stream()
                    .filter(existing -> existing.getNameAsString().equals(CREATED_AT)).findFirst();
            if (createdAt.isPresent()) {
                target.getParameters().addBefore(component, createdAt.get());
                LexicalLayout.likePrevious(component);
            } else {
                Parameter last = target.getParameters().getLast().orElse(null);
                target.getParameters().add(component);
                if (last != null) {
                    LexicalLayout.likePrevious(last);
                }
            }
        }
    }

    private static void mergeInto(String file, TypeDeclaration<?> type, MethodDeclaration additions) {
        String name = additions.getNameAsString();
        List<MethodDeclaration> candidates = type.getMethodsByName(name);
        if (candidates.size() != 1 || candidates.get(0).getBody().isEmpty()) {
            throw new UserError(file + ": method " + type.getNameAsString() + "." + name + "() is "
                    + (candidates.isEmpty() ? "gone" : "ambiguous") + ", so the new field cannot be added to it; "
                    + "restore it or add the change by hand");
        }
        BlockStmt body = candidates.get(0).getBody().get();
        for (Statement statement : List.copyOf(additions.getBody().orElseThrow().getStatements())) {
            if (statement instanceof ReturnStmt added && added.getExpression().isPresent()) {
                mergeReturn(file, type, name, body, added.getExpression().get());
            } else if (body.getStatements().stream().noneMatch(statement::equals)) {
                statement.remove();
                Optional<Statement> last = body.getStatements().getLast();
                if (last.isPresent() && last.get().isReturnStmt()) {
                    body.getStatements().addBefore(statement, last.get());
                } else {
                    body.addStatement(statement);
                }
            }
        }
    }

    private static void mergeReturn(String file, TypeDeclaration<?> type, String method, BlockStmt body,
            Expression added) {
        Expression existing = body.getStatements().getLast().filter(Statement::isReturnStmt)
                .flatMap(statement -> statement.asReturnStmt().getExpression())
                .orElseThrow(() -> new UserError(file + ": method " + type.getNameAsString() + "." + method
                        + "() no longer ends with a return, so the new field cannot be added to it; add it by hand"));
        if (added instanceof ObjectCreationExpr addedCreation && existing instanceof ObjectCreationExpr creation) {
            for (Expression argument : List.copyOf(addedCreation.getArguments())) {
                if (creation.getArguments().contains(argument)) {
                    continue;
                }
                argument.remove();
                Optional<Expression> createdAt = creation.getArguments().stream()
                        .filter(existingArgument -> existingArgument.toString().endsWith("getCreatedAt()"))
                        .findFirst();
                if (createdAt.isPresent()) {
                    creation.getArguments().addBefore(argument, createdAt.get());
                } else {
                    creation.getArguments().add(argument);
                }
                LexicalLayout.likePrevious(argument);
            }
        } else if (!conjuncts(existing).contains(added)) {
            // The condition is rebuilt around the existing one: left as it was, then "&& added".
            ReturnStmt statement = existing.getParentNode().map(ReturnStmt.class::cast).orElseThrow();
            BinaryExpr joined = new BinaryExpr(existing.clone(), added.clone(), BinaryExpr.Operator.AND);
            statement.setExpression(joined);
            if (existing instanceof BinaryExpr model && model.getOperator() == BinaryExpr.Operator.AND) {
                LexicalLayout.operatorLike(joined, model);
            }
        }
    }

    private static List<Expression> conjuncts(Expression expression) {
        if (expression instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.AND) {
            List<Expression> all = new java.util.ArrayList<>(conjuncts(binary.getLeft()));
            all.addAll(conjuncts(binary.getRight()));
            return all;
        }
        return List.of(expression);
    }

    /** Adds a member; a Javadoc is re-attached after adding because the lexical printer drops one added with it. */
    private static void addMember(TypeDeclaration<?> type, BodyDeclaration<?> member) {
        Optional<Comment> comment = member.getComment();
        member.removeComment();
        Optional<FieldDeclaration> lastField = member instanceof FieldDeclaration
                ? type.getFields().stream().reduce((first, second) -> second) : Optional.empty();
        if (lastField.isPresent()) {
            type.getMembers().addAfter(member, lastField.get());
            LexicalLayout.memberLike(member, lastField.get());
        } else {
            type.addMember(member);
        }
        comment.ifPresent(member::setComment);
    }
}
