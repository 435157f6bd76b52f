package cleanarch.edit;

import com.github.javaparser.JavaToken;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import java.util.Optional;

/**
 * Renames a name or a literal in a unit set up for lexical preservation. The tree is changed, and so is the token
 * the printer prints: the lexical printer keeps the type of a declared variable in the text of the declaration
 * ({@code private BookFormat format;}, {@code BookFormat a = x, b = y;}), so a renamed type there would otherwise
 * be printed as it was, and setting the declarator's type instead fails on a declaration of several variables.
 */
final class TokenText {

    private TokenText() {
    }

    static void rename(SimpleName name, String identifier) {
        last(name).ifPresent(token -> token.setText(identifier));
        name.setIdentifier(identifier);
    }

    static void rename(Name name, String identifier) {
        last(name).ifPresent(token -> token.setText(identifier));
        name.setIdentifier(identifier);
    }

    static void rename(MethodReferenceExpr reference, String identifier) {
        last(reference).ifPresent(token -> token.setText(identifier));
        reference.setIdentifier(identifier);
    }

    /** @param value the literal's new value, escaped as in the source */
    static void setValue(StringLiteralExpr literal, String value) {
        last(literal).ifPresent(token -> token.setText("\"" + value + "\""));
        literal.setValue(value);
    }

    static void setValue(TextBlockLiteralExpr block, String value) {
        last(block).ifPresent(token -> token.setText("\"\"\"" + value + "\"\"\""));
        block.setValue(value);
    }

    private static Optional<JavaToken> last(Node node) {
        return node.getTokenRange().map(range -> range.getEnd());
    }
}
