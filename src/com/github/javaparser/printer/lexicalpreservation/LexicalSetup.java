package com.github.javaparser.printer.lexicalpreservation;

import com.github.javaparser.JavaToken;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.observer.AstObserver;
import com.github.javaparser.ast.visitor.TreeVisitor;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link LexicalPreservingPrinter#setup} in linear time. The printer finds the node owning each token by
 * descending from the root through every child list, which costs tokens times members: on a
 * {@code DependencyContainer} of 80 beans it was most of a command's planning. This assigns the tokens in one walk
 * of the tree, in token order, with the same rule (a token belongs to the deepest node reached through children
 * whose range contains it), builds the same texts and registers the printer's own observer.
 * {@code LexicalSetupTest} checks that both give the same texts, so a JavaParser upgrade that changes the
 * printer's setup fails there.
 */
public final class LexicalSetup {

    private LexicalSetup() {
    }

    public static <N extends Node> N setup(N root) {
        if (root.getTokenRange().isEmpty()) {
            return LexicalPreservingPrinter.setup(root);
        }
        List<JavaToken> tokens = new ArrayList<>();
        root.getTokenRange().get().forEach(tokens::add);
        Map<Node, List<JavaToken>> tokensByNode = new IdentityHashMap<>();
        assign(root, tokens, 0, tokens.size(), tokensByNode);
        new TreeVisitor() {
            @Override
            public void process(Node node) {
                if (!node.isPhantom()) {
                    storeText(node, tokensByNode.getOrDefault(node, List.of()));
                }
            }
        }.visitBreadthFirst(root);
        AstObserver observer = observer();
        if (!root.isRegistered(observer)) {
            root.registerForSubtree(observer);
        }
        return root;
    }

    /** Gives the tokens {@code from} to {@code to}, all within {@code node}'s range, to it and its descendants. */
    private static void assign(Node node, List<JavaToken> tokens, int from, int to,
            Map<Node, List<JavaToken>> tokensByNode) {
        List<Node> children = new ArrayList<>();
        for (Node child : node.getChildNodes()) {
            if (!child.isPhantom() && child.hasRange()) {
                children.add(child);
            }
        }
        children.sort(Comparator.comparing(child -> child.getRange().get().begin));
        int next = 0;
        int index = from;
        while (index < to) {
            Range token = range(tokens.get(index));
            while (next < children.size() && children.get(next).getRange().get().end.isBefore(token.begin)) {
                next++;
            }
            Node child = next < children.size() && children.get(next).getRange().get().contains(token)
                    ? children.get(next) : null;
            if (child == null) {
                tokensByNode.computeIfAbsent(node, key -> new ArrayList<>()).add(tokens.get(index));
                index++;
                continue;
            }
            int end = index;
            Range childRange = child.getRange().get();
            while (end < to && childRange.contains(range(tokens.get(end)))) {
                end++;
            }
            assign(child, tokens, index, end, tokensByNode);
            index = end;
        }
    }

    private static Range range(JavaToken token) {
        return token.getRange().orElseThrow(() -> new IllegalStateException("token without range: " + token));
    }

    /** What the printer's {@code storeInitialTextForOneNode} stores: children and tokens, by position. */
    private static void storeText(Node node, List<JavaToken> nodeTokens) {
        List<Map.Entry<Range, TextElement>> elements = new ArrayList<>();
        for (Node child : node.getChildNodes()) {
            if (!child.isPhantom()) {
                elements.add(Map.entry(child.getRange().orElseThrow(), new ChildTextElement(child)));
            }
        }
        for (JavaToken token : nodeTokens) {
            elements.add(Map.entry(range(token), new TokenTextElement(token)));
        }
        elements.sort(Comparator.comparing(entry -> entry.getKey().begin));
        List<TextElement> text = new ArrayList<>(elements.size());
        elements.forEach(entry -> text.add(entry.getValue()));
        node.setData(LexicalPreservingPrinter.NODE_TEXT_DATA, new NodeText(text));
    }

    /** The printer's observer, which it creates on its first setup and keeps in a private field. */
    static AstObserver observer() {
        try {
            Field field = LexicalPreservingPrinter.class.getDeclaredField("observer");
            field.setAccessible(true);
            if (field.get(null) == null) {
                LexicalPreservingPrinter.setup(new CompilationUnit());
            }
            return (AstObserver) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JavaParser's LexicalPreservingPrinter changed: " + e, e);
        }
    }

    /** The text every node of {@code root} holds, one line per node: what a test compares between setups. */
    public static String describe(Node root) {
        StringBuilder out = new StringBuilder();
        new TreeVisitor() {
            @Override
            public void process(Node node) {
                if (!node.containsData(LexicalPreservingPrinter.NODE_TEXT_DATA)) {
                    return;
                }
                out.append(node.getClass().getSimpleName()).append(node.getRange().map(Range::toString).orElse(""))
                        .append(':');
                for (TextElement element : node.getData(LexicalPreservingPrinter.NODE_TEXT_DATA).getElements()) {
                    out.append(' ').append(element instanceof ChildTextElement child
                            ? child.getChild().getClass().getSimpleName() + child.getChild().getRange().orElse(null)
                            : "'" + element.expand() + "'");
                }
                out.append('\n');
            }
        }.visitPreOrder(root);
        return out.toString();
    }
}
