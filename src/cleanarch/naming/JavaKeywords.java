package cleanarch.naming;

import java.util.Set;

/**
 * Java's reserved words, as {@code javax.lang.model.SourceVersion} knows them for Java 17: the keywords, {@code _}
 * and the literals {@code true}, {@code false} and {@code null}; contextual words such as {@code record} or
 * {@code var} are names. Kept here rather than asked of {@code SourceVersion}, whose class initialization alone
 * cost a command more time than all of its name checks.
 */
public final class JavaKeywords {

    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized",
            "this", "throw", "throws", "transient", "try", "void", "volatile", "while", "_", "true", "false", "null");

    private JavaKeywords() {
    }

    public static boolean isKeyword(String word) {
        return KEYWORDS.contains(word);
    }

    /** Whether {@code name} is a simple or qualified name: dot-separated identifiers, none of them reserved. */
    public static boolean isName(String name) {
        for (String part : name.split("\\.", -1)) {
            if (part.isEmpty() || !Character.isJavaIdentifierStart(part.codePointAt(0)) || isKeyword(part)
                    || !part.codePoints().skip(1).allMatch(Character::isJavaIdentifierPart)) {
                return false;
            }
        }
        return true;
    }
}
