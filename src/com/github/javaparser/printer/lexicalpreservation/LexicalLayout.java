package com.github.javaparser.printer.lexicalpreservation;

import com.github.javaparser.GeneratedJavaParserConstants;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.BinaryExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out nodes inserted into existing code the way their neighbours are laid out. The lexical printer joins an
 * element inserted into a list to the next one with ", " even when the list has one element per line, and puts a
 * field inserted between members at column 0; the fixes need the printer's token list, which it keeps
 * package-private, hence this class in its package (javaparser-core is not sealed and has no module descriptor).
 */
public final class LexicalLayout {

    private LexicalLayout() {
    }

    /**
     * Replaces the whitespace after the comma that follows {@code inserted} with a copy of the whitespace that
     * precedes {@code inserted}, so that an element added to a one-per-line list gets a line of its own.
     */
    public static void likePrevious(Node inserted) {
        Node parent = inserted.getParentNode().orElseThrow();
        NodeText text = LexicalPreservingPrinter.getOrCreateNodeText(parent);
        List<TextElement> elements = text.getElements();
        int position = childIndex(elements, inserted);
        if (position < 0) {
            return;
        }
        List<TokenTextElement> leading = whitespaceBefore(elements, position);
        int comma = position + 1;
        while (comma < elements.size() && !elements.get(comma).isToken(GeneratedJavaParserConstants.COMMA)) {
            comma++;
        }
        if (comma >= elements.size() || leading.isEmpty()) {
            return;
        }
        int after = comma + 1;
        while (after < elements.size() && elements.get(after).isWhiteSpace()) {
            text.removeElement(after);
        }
        for (int i = 0; i < leading.size(); i++) {
            text.addToken(after + i, leading.get(i).getTokenKind(), leading.get(i).getText());
        }
    }

    /**
     * Gives {@code inserted}, a member just inserted after {@code reference}, the line break and indentation that
     * precede {@code reference}.
     */
    public static void memberLike(Node inserted, Node reference) {
        Node parent = inserted.getParentNode().orElseThrow();
        NodeText text = LexicalPreservingPrinter.getOrCreateNodeText(parent);
        List<TextElement> elements = text.getElements();
        int position = childIndex(elements, inserted);
        int referencePosition = childIndex(elements, reference);
        if (position < 0 || referencePosition < 0) {
            return;
        }
        replaceWhitespaceBefore(text, position, whitespaceBefore(elements, referencePosition));
    }

    /**
     * Puts {@code inserted}, the first element of a list that was empty (a record's first component), on a line of
     * its own, {@code indent} columns deeper than the line its parent starts on.
     */
    public static void onOwnLine(Node inserted, int indent) {
        Node parent = inserted.getParentNode().orElseThrow();
        NodeText text = LexicalPreservingPrinter.getOrCreateNodeText(parent);
        int position = childIndex(text.getElements(), inserted);
        if (position < 0) {
            return;
        }
        replaceWhitespaceBefore(text, position, lineBreak(indentation(parent) + indent));
    }

    /**
     * Puts the operator of {@code joined}, a condition just built as {@code existing && added} and returned by
     * {@code statement}, at the start of a line {@code indent} columns deeper than the statement's.
     */
    public static void operatorOnOwnLine(BinaryExpr joined, Node statement, int indent) {
        NodeText text = LexicalPreservingPrinter.getOrCreateNodeText(joined);
        int operator = operatorIndex(text.getElements());
        if (operator >= 0) {
            replaceWhitespaceBefore(text, operator, lineBreak(indentation(statement) + indent));
        }
    }

    /**
     * Inserts {@code member} before {@code reference} in {@code members}, both laid out as {@code reference} was:
     * each after the line break and indentation that preceded {@code reference}.
     */
    public static <T extends Node> void insertMemberBefore(NodeList<T> members, T member, T reference) {
        Node parent = reference.getParentNode().orElseThrow();
        NodeText text = LexicalPreservingPrinter.getOrCreateNodeText(parent);
        List<TokenTextElement> leading = whitespaceBefore(text.getElements(), childIndex(text.getElements(), reference));
        members.addBefore(member, reference);
        for (Node node : List.of(member, reference)) {
            int position = childIndex(text.getElements(), node);
            if (position >= 0 && !leading.isEmpty()) {
                replaceWhitespaceBefore(text, position, leading);
            }
        }
    }

    /** The column (from 0) at which the line holding the start of {@code node} starts its text. */
    private static int indentation(Node node) {
        return node.getRange().map(range -> range.begin.column - 1).orElse(0);
    }

    private static List<TokenTextElement> lineBreak(int indent) {
        List<TokenTextElement> whitespace = new ArrayList<>();
        whitespace.add(new TokenTextElement(GeneratedJavaParserConstants.UNIX_EOL, "\n"));
        if (indent > 0) {
            whitespace.add(new TokenTextElement(GeneratedJavaParserConstants.SPACE, " ".repeat(indent)));
        }
        return whitespace;
    }

    private static int childIndex(List<TextElement> elements, Node node) {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) instanceof ChildTextElement child && child.getChild() == node) {
                return i;
            }
        }
        return -1;
    }

    /** The whitespace tokens right before {@code index}, in order. */
    private static List<TokenTextElement> whitespaceBefore(List<TextElement> elements, int index) {
        List<TokenTextElement> leading = new ArrayList<>();
        for (int i = index - 1; i >= 0 && elements.get(i).isWhiteSpace(); i--) {
            leading.add(0, (TokenTextElement) elements.get(i));
        }
        return leading;
    }

    /** Replaces the whitespace tokens right before {@code index} with copies of {@code whitespace}. */
    private static void replaceWhitespaceBefore(NodeText text, int index, List<TokenTextElement> whitespace) {
        int start = index;
        while (start > 0 && text.getElements().get(start - 1).isWhiteSpace()) {
            start--;
            text.removeElement(start);
        }
        for (int i = 0; i < whitespace.size(); i++) {
            text.addToken(start + i, whitespace.get(i).getTokenKind(), whitespace.get(i).getText());
        }
    }

    private static int operatorIndex(List<TextElement> elements) {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) instanceof TokenTextElement token && !token.isWhiteSpaceOrComment()
                    && !(elements.get(i) instanceof ChildTextElement)) {
                return i;
            }
        }
        return -1;
    }
}
