package com.github.javaparser.printer.lexicalpreservation;

import com.github.javaparser.GeneratedJavaParserConstants;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.observer.AstObserver;
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
        insertLine(members, member, reference, false, false);
    }

    /**
     * Inserts {@code member} after {@code reference} in {@code members}, after the line breaks (blank lines
     * included) and indentation that precede {@code reference}.
     */
    public static <T extends Node> void insertMemberAfter(NodeList<T> members, T member, T reference) {
        insertLine(members, member, reference, true, false);
    }

    /**
     * Inserts {@code line} (an import) into {@code list} right after {@code reference}, on the next line, indented
     * as {@code reference} is: a blank line before {@code reference} (the one after the package line, say) is not
     * repeated.
     */
    public static <T extends Node> void insertLineAfter(NodeList<T> list, T line, T reference) {
        insertLine(list, line, reference, true, true);
    }

    /**
     * Inserts an element that stands on lines of its own next to {@code reference}, and writes its place into the
     * parent's text directly. The printer's observer would compute a diff of the parent's whole syntax model
     * instead, quadratic in its children: on a {@code DependencyContainer} of 80 beans and 200 imports that was
     * the largest part of an {@code add-entity}'s planning, and grew with the project. The element keeps the text
     * it was set up with; the observer still follows every later change inside it.
     */
    private static <T extends Node> void insertLine(NodeList<T> list, T line, T reference, boolean after,
            boolean lastLineBreakOnly) {
        Node parent = reference.getParentNode().orElseThrow();
        NodeText text = LexicalPreservingPrinter.getOrCreateNodeText(parent);
        int referencePosition = childIndex(text.getElements(), reference);
        if (referencePosition < 0) {
            throw new IllegalStateException("the printer's text of " + parent.getClass().getSimpleName()
                    + " lacks a child it has");
        }
        List<TokenTextElement> leading = whitespaceBefore(text.getElements(), referencePosition);
        if (lastLineBreakOnly) {
            int lastBreak = leading.size() - 1;
            while (lastBreak > 0 && !leading.get(lastBreak).isNewline()) {
                lastBreak--;
            }
            leading = leading.subList(Math.max(lastBreak, 0), leading.size());
        }
        AstObserver observer = LexicalSetup.observer();
        unobserved(list, () -> {
            if (after) {
                list.addAfter(line, reference);
            } else {
                list.addBefore(line, reference);
            }
        });
        if (!line.isRegistered(observer)) {
            line.registerForSubtree(observer);
        }
        // Before: [leading] reference -> [leading] line [leading] reference.
        // After:  [leading] reference -> [leading] reference [leading] line.
        int position = after ? referencePosition + 1 : referencePosition;
        List<TextElement> inserted = new ArrayList<>();
        if (after) {
            inserted.addAll(copies(leading));
            inserted.add(new ChildTextElement(line));
        } else {
            inserted.add(new ChildTextElement(line));
            inserted.addAll(copies(leading));
        }
        for (int i = 0; i < inserted.size(); i++) {
            text.addElement(position + i, inserted.get(i));
        }
    }

    /**
     * Takes {@code element} out of {@code list} without the printer's diff of the parent: for a snippet, whose own
     * text is never printed again, when its elements move into the file being edited.
     */
    public static <T extends Node> void detach(NodeList<T> list, T element) {
        unobserved(list, () -> list.remove(element));
    }

    /** Makes {@code change} to {@code list} without the printer's observer seeing it. */
    private static void unobserved(NodeList<?> list, Runnable change) {
        AstObserver observer = LexicalSetup.observer();
        boolean observed = list.isRegistered(observer);
        if (observed) {
            list.unregister(observer);
        }
        try {
            change.run();
        } finally {
            if (observed) {
                list.register(observer);
            }
        }
    }

    private static List<TokenTextElement> copies(List<TokenTextElement> tokens) {
        List<TokenTextElement> copies = new ArrayList<>(tokens.size());
        tokens.forEach(token -> copies.add(new TokenTextElement(token.getTokenKind(), token.getText())));
        return copies;
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

    static int childIndex(List<TextElement> elements, Node node) {
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
