package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.printer.lexicalpreservation.LexicalLayout;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import com.github.javaparser.printer.lexicalpreservation.LexicalSetup;
import org.junit.jupiter.api.Test;

/**
 * Pins the insertions {@link LexicalLayout} writes into the printer's text itself (without the printer's diff of
 * the parent) against JavaParser: the printed file holds what JavaParser's own insertion gives, laid out like the
 * neighbours, and later edits inside an inserted member still reach the printer. A JavaParser upgrade that changes
 * the printer's text model fails here.
 */
class LexicalLayoutTest {

    private static final String FILE = """
            package shop;

            import java.util.List;
            import java.util.Set;

            class Shelf {

                int a;

                void b() {
                }
            }
            """;

    private static final String SNIPPET = """
            package shop;

            import java.util.Map;

            class Shelf {

                /** The c. */
                int c;

                void d() {
                }
            }
            """;

    @Test
    void an_import_and_members_inserted_beside_a_neighbour_are_laid_out_like_it() {
        CompilationUnit file = LexicalSetup.setup(parse(FILE));
        CompilationUnit snippet = LexicalSetup.setup(parse(SNIPPET));
        TypeDeclaration<?> shelf = file.getType(0);
        TypeDeclaration<?> additions = snippet.getType(0);

        ImportDeclaration map = snippet.getImport(0);
        LexicalLayout.detach(snippet.getImports(), map);
        LexicalLayout.insertLineAfter(file.getImports(), map, file.getImport(0));
        BodyDeclaration<?> c = additions.getMember(0);
        c.removeComment();
        LexicalLayout.detach(additions.getMembers(), c);
        LexicalLayout.insertMemberBefore(shelf.getMembers(), c, shelf.getMember(1));
        BodyDeclaration<?> d = additions.getMember(0);
        LexicalLayout.detach(additions.getMembers(), d);
        LexicalLayout.insertMemberAfter(shelf.getMembers(), d, shelf.getMember(2));
        c.setLineComment(" set after the insertion");
        d.asMethodDeclaration().setName("e");

        String printed = LexicalPreservingPrinter.print(file);
        assertEquals("""
                package shop;

                import java.util.List;
                import java.util.Map;
                import java.util.Set;

                class Shelf {

                    int a;

                    // set after the insertion
                    int c;

                    void b() {
                    }

                    void e() {
                    }
                }
                """, printed);
        assertEquals(file, parse(printed), "the printed text is the tree JavaParser holds");
    }

    private static CompilationUnit parse(String source) {
        return new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.RAW))
                .parse(source).getResult().orElseThrow();
    }
}
