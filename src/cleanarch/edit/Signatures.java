package cleanarch.edit;

import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import java.util.List;

/** When a snippet's member and a target's member are the same member: the rule edits match members by. */
final class Signatures {

    /** The indentation of a continuation line, relative to the statement or declaration it continues. */
    static final int CONTINUATION_INDENT = 8;

    private Signatures() {
    }

    /**
     * A field is the same as a field declaring the same variable; a method or constructor is the same as one of
     * the same kind, name and parameter types (an overload is another member). Other members never match.
     */
    static boolean same(BodyDeclaration<?> one, BodyDeclaration<?> other) {
        if (one instanceof FieldDeclaration field && other instanceof FieldDeclaration otherField) {
            return variables(field).stream().anyMatch(variables(otherField)::contains);
        }
        if (one instanceof CallableDeclaration<?> callable && other instanceof CallableDeclaration<?> otherCallable) {
            return one.getClass() == other.getClass()
                    && callable.getNameAsString().equals(otherCallable.getNameAsString())
                    && parameterTypes(callable).equals(parameterTypes(otherCallable));
        }
        return false;
    }

    private static List<String> variables(FieldDeclaration field) {
        return field.getVariables().stream().map(VariableDeclarator::getNameAsString).toList();
    }

    private static List<String> parameterTypes(CallableDeclaration<?> callable) {
        return callable.getParameters().stream().map(Parameter::getType).map(Object::toString).toList();
    }

    static boolean returnsBoolean(CallableDeclaration<?> callable) {
        return callable instanceof MethodDeclaration method && method.getType().asString().equals("boolean");
    }
}
