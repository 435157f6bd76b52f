package com.github.javaparser.printer.lexicalpreservation;

import com.github.javaparser.GeneratedJavaParserConstants;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import java.util.List;

/**
 * Removes an element of a comma-separated list (a record component, an argument), a member, a statement or an
 * import from code set up for lexical preservation, with the separator and the whitespace that went with it, so
 * that the code reads as if the element had never been there. The lexical printer's own removal keeps the line
 * breaks and indentation around a removed list element, joins what is left oddly, and leaves a blank line or a
 * closing brace out of place after the last member or statement of a block; this class edits the parent's token
 * list itself, then detaches the node with the printer's observer held back. It lives in the printer's package
 * for the same reason as {@link LexicalLayout}.
 */
public final class LexicalRemoval {

    private LexicalRemoval() {
    }

    /**
     * Removes {@code element} from {@code list}, the parent's comma-separated list, laid out one element a line or
     * on one line: an element followed by a comma goes with that comma and the whitespace after it; the last one
     * with the comma and whitespace before it; the only one with the whitespace before it.
     */
    public static <T extends Node> void removeListElement(NodeList<T> list, T element) {
        Node parent = element.getParentNode().orElseThrow();
        NodeText text = LexicalPreservingPrinter.getOrCreateNodeText(parent);
        List<TextElement> elements = text.getElements();
        int position = LexicalLayout.childIndex(elements, element);
        if (position < 0) {
            element.remove();
            return;
        }
        int from = position;
        int to = position + 1;
        int next = skipWhitespace(elements, to);
        if (next < elements.size() && elements.get(next).isToken(GeneratedJavaParserConstants.COMMA)) {
            to = skipWhitespace(elements, next + 1);
        } else {
            from = startOfWhitespace(elements, position);
            if (from > 0 && elements.get(from - 1).isToken(GeneratedJavaParserConstants.COMMA)) {
                from--;
                from = startOfWhitespace(elements, from);
            } else {
                // The only element: the list closes where it opened.
                from = startOfWhitespace(elements, position);
            }
        }
        for (int i = to - 1; i >= from; i--) {
            text.removeElement(i);
        }
        LexicalLayout.detach(list, element);
    }

    /**
     * Removes a member of a type or a statement of a block, one a line, with the whitespace before it (its
     * indentation, the line break and any blank line above it) and its comment: the code before it is then
     * followed by what followed it, so no blank line is left at the end of a block.
     */
    public static <T extends Node> void removeLines(NodeList<T> list, T element) {
        Node parent = element.getParentNode().orElseThrow();
        NodeText text = LexicalPreservingPrinter.getOrCreateNodeText(parent);
        List<TextElement> elements = text.getElements();
        int position = LexicalLayout.childIndex(elements, element);
        if (position < 0) {
            element.remove();
            return;
        }
        int from = startOfWhitespace(elements, position);
        Node comment = element.getComment().orElse(null);
        if (comment != null && from > 0 && (elements.get(from - 1).isComment()
                || elements.get(from - 1) instanceof ChildTextElement child && child.getChild() == comment)) {
            from = startOfWhitespace(elements, from - 1);
        }
        for (int i = position; i >= from; i--) {
            text.removeElement(i);
        }
        LexicalLayout.detach(list, element);
    }

    /**
     * Removes an import with its line: the line break after it goes with it, and when it was the last import, the
     * blank line that separated the imports from the type.
     */
    public static void removeImport(NodeList<ImportDeclaration> imports, ImportDeclaration declaration) {
        Node unit = declaration.getParentNode().orElseThrow();
        NodeText text = LexicalPreservingPrinter.getOrCreateNodeText(unit);
        List<TextElement> elements = text.getElements();
        int position = LexicalLayout.childIndex(elements, declaration);
        if (position < 0) {
            declaration.remove();
            return;
        }
        int from = position;
        int to = position + 1;
        if (imports.size() == 1) {
            to = skipWhitespace(elements, to);
        } else {
            while (to < elements.size() && elements.get(to).isWhiteSpace()) {
                boolean lineBreak = elements.get(to).isNewline();
                to++;
                if (lineBreak) {
                    break;
                }
            }
            if (imports.indexOf(declaration) == imports.size() - 1) {
                // The last import: its line break goes, the blank line before the type stays.
                from = startOfWhitespace(elements, position);
                to = position + 1;
            }
        }
        for (int i = to - 1; i >= from; i--) {
            text.removeElement(i);
        }
        LexicalLayout.detach(imports, declaration);
    }

    private static int skipWhitespace(List<TextElement> elements, int index) {
        int i = index;
        while (i < elements.size() && elements.get(i).isWhiteSpace()) {
            i++;
        }
        return i;
    }

    private static int startOfWhitespace(List<TextElement> elements, int index) {
        int i = index;
        while (i > 0 && elements.get(i - 1).isWhiteSpace()) {
            i--;
        }
        return i;
    }
}
