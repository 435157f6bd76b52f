package cleanarch.edit;

import com.github.javaparser.JavaToken;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.BlockComment;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.comments.JavadocComment;
import com.github.javaparser.ast.comments.LineComment;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rename changes in one generated file, read off two renderings of its template: before the rename and
 * after it. The two differ only in names, so their tokens pair up one to one (imports aside, which are sorted and
 * so may move); each pair that differs is a rename of an identifier, a string literal (a JSON or column name, a
 * route) or a comment; and within string literals, each word renamed (a JSON name in a body written when the entity
 * had other fields). A token or word that is renamed in one place and kept in another (a field {@code name} next to
 * a call of {@code name()}) is ambiguous and left out: the symbol solver decides the names among those
 * ({@link MemberUsages}).
 *
 * <p>Applied to the file as it is now, hand edits included, the renames reach every occurrence of those tokens:
 * in the generated members, and in what the user wrote in that file.
 */
public final class TokenRenames {

    /** A word of a string literal, and the pieces a literal is cut into: words and what lies between them. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern PIECE = Pattern.compile("[A-Za-z0-9_]+|[^A-Za-z0-9_]+");

    private final Map<String, String> identifiers;
    private final Map<String, String> literals;
    private final Map<String, String> comments;
    private final Map<String, String> words;

    private TokenRenames(Map<String, String> identifiers, Map<String, String> literals,
            Map<String, String> comments, Map<String, String> words) {
        this.identifiers = identifiers;
        this.literals = literals;
        this.comments = comments;
        this.words = words;
    }

    /** No renames: for a file that is not generated. */
    public static TokenRenames none() {
        return new TokenRenames(Map.of(), Map.of(), Map.of(), Map.of());
    }

    /**
     * The renames between two renderings of one template.
     *
     * @throws IllegalStateException when they differ in more than names (a template that lays out a field by the
     *     length of its name, say)
     */
    public static TokenRenames between(String file, String before, String after) {
        List<JavaToken> old = tokens(JavaMerge.parse(file + " (generated)", before));
        List<JavaToken> renamed = tokens(JavaMerge.parse(file + " (generated)", after));
        if (old.size() != renamed.size()) {
            throw new IllegalStateException(file + ": the template renders more than names differently ("
                    + old.size() + " against " + renamed.size() + " tokens)");
        }
        Map<String, String> identifiers = new HashMap<>();
        Map<String, String> literals = new HashMap<>();
        Map<String, String> comments = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (int i = 0; i < old.size(); i++) {
            JavaToken from = old.get(i);
            JavaToken to = renamed.get(i);
            Map<String, String> renames = switch (from.getCategory()) {
                case IDENTIFIER -> identifiers;
                case LITERAL -> literals;
                case COMMENT -> comments;
                default -> null;
            };
            if (renames == null || from.getCategory() != to.getCategory()) {
                if (!from.getText().equals(to.getText())) {
                    throw new IllegalStateException(file + ": the template renders " + from.getText() + " as "
                            + to.getText() + ", which is not a name");
                }
                continue;
            }
            String previous = renames.putIfAbsent(from.getText(), to.getText());
            if (previous != null && !previous.equals(to.getText())) {
                ambiguous.add(from.getText());
            }
        }
        for (Map<String, String> renames : List.of(identifiers, literals, comments)) {
            renames.keySet().removeAll(ambiguous);
            renames.entrySet().removeIf(rename -> rename.getKey().equals(rename.getValue()));
        }
        return new TokenRenames(identifiers, literals, comments, wordRenames(old, renamed));
    }

    /**
     * The words (runs of letters, digits and underscores) that string literals rename: a JSON name in a body
     * written when the entity had other fields, a route, a table name. A word renamed in one literal and kept in
     * another is ambiguous and left out.
     */
    private static Map<String, String> wordRenames(List<JavaToken> old, List<JavaToken> renamed) {
        Map<String, String> words = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (int i = 0; i < old.size(); i++) {
            if (old.get(i).getCategory() != JavaToken.Category.LITERAL || !isString(old.get(i).getText())) {
                continue;
            }
            List<String> from = pieces(old.get(i).getText());
            List<String> to = pieces(renamed.get(i).getText());
            if (from.size() != to.size()) {
                continue;
            }
            for (int p = 0; p < from.size(); p++) {
                String previous = words.putIfAbsent(from.get(p), to.get(p));
                if (previous != null && !previous.equals(to.get(p))) {
                    ambiguous.add(from.get(p));
                }
            }
        }
        words.keySet().removeAll(ambiguous);
        words.entrySet().removeIf(rename -> rename.getKey().equals(rename.getValue())
                || !WORD.matcher(rename.getKey()).matches());
        return words;
    }

    private static boolean isString(String literal) {
        return literal.startsWith("\"");
    }

    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        Matcher matcher = PIECE.matcher(text);
        while (matcher.find()) {
            pieces.add(matcher.group());
        }
        return pieces;
    }

    /** The literal's text with every renamed word renamed; the text itself when none is. */
    private String renameWords(String text) {
        if (words.isEmpty()) {
            return text;
        }
        StringBuilder renamed = new StringBuilder();
        for (String piece : pieces(text)) {
            renamed.append(words.getOrDefault(piece, piece));
        }
        return renamed.toString();
    }

    /** The tokens that carry meaning, outside the imports. */
    private static List<JavaToken> tokens(CompilationUnit unit) {
        List<Range> imports = unit.getImports().stream().map(ImportDeclaration::getRange)
                .flatMap(Optional::stream).toList();
        List<JavaToken> tokens = new ArrayList<>();
        unit.getTokenRange().ifPresent(range -> range.forEach(token -> {
            JavaToken.Category category = token.getCategory();
            if (category.isWhitespaceOrComment() && category != JavaToken.Category.COMMENT) {
                return;
            }
            if (token.getRange().filter(at -> imports.stream().anyMatch(within -> within.contains(at))).isPresent()) {
                return;
            }
            tokens.add(token);
        }));
        return tokens;
    }

    /**
     * Renames the literals and comments of a unit set up for lexical preservation, and every naming node whose
     * identifier this file renames, except those in {@code decided} (renamed, or kept, by the caller).
     *
     * @return the naming nodes renamed
     */
    public Set<Node> apply(CompilationUnit unit, Set<Node> decided) {
        Set<Node> renamed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node node : unit.findAll(Node.class)) {
            if (decided.contains(node)) {
                continue;
            }
            if (node instanceof SimpleName name && identifiers.containsKey(name.getIdentifier())) {
                TokenText.rename(name, identifiers.get(name.getIdentifier()));
                renamed.add(node);
            } else if (node instanceof Name name && identifiers.containsKey(name.getIdentifier())) {
                TokenText.rename(name, identifiers.get(name.getIdentifier()));
                renamed.add(node);
            } else if (node instanceof MethodReferenceExpr reference
                    && identifiers.containsKey(reference.getIdentifier())) {
                TokenText.rename(reference, identifiers.get(reference.getIdentifier()));
                renamed.add(node);
            } else if (node instanceof StringLiteralExpr literal) {
                String renamedLiteral = literals.get("\"" + literal.getValue() + "\"");
                String value = renamedLiteral != null ? renamedLiteral.substring(1, renamedLiteral.length() - 1)
                        : renameWords(literal.getValue());
                if (!value.equals(literal.getValue())) {
                    TokenText.setValue(literal, value);
                }
            } else if (node instanceof TextBlockLiteralExpr block) {
                String renamedBlock = literals.get("\"\"\"" + block.getValue() + "\"\"\"");
                String value = renamedBlock != null ? renamedBlock.substring(3, renamedBlock.length() - 3)
                        : renameWords(block.getValue());
                if (!value.equals(block.getValue())) {
                    TokenText.setValue(block, value);
                }
            }
        }
        for (Comment comment : unit.getAllComments()) {
            String renamedComment = comments.get(image(comment));
            if (renamedComment != null) {
                comment.setContent(content(comment, renamedComment));
            }
        }
        return renamed;
    }

    private static String image(Comment comment) {
        if (comment instanceof JavadocComment) {
            return "/**" + comment.getContent() + "*/";
        }
        if (comment instanceof BlockComment) {
            return "/*" + comment.getContent() + "*/";
        }
        return "//" + comment.getContent();
    }

    private static String content(Comment comment, String image) {
        if (comment instanceof JavadocComment) {
            return image.substring(3, image.length() - 2);
        }
        if (comment instanceof BlockComment) {
            return image.substring(2, image.length() - 2);
        }
        return comment instanceof LineComment ? image.substring(2) : image;
    }
}
