package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import com.github.javaparser.printer.lexicalpreservation.LexicalSetup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins {@link LexicalSetup} to JavaParser's own {@link LexicalPreservingPrinter#setup}: both must give every node of
 * a file the same text. A JavaParser upgrade that changes how the printer sets a file up fails here.
 */
class LexicalSetupTest {

    @ParameterizedTest
    @ValueSource(strings = {"container-hand-edited/original.java.txt", "entity-hand-edited/original.java.txt",
            "update-request-more-fields/expected.java.txt", "model-hand-edited/expected.java.txt",
            "adapter-more-fields/expected.java.txt"})
    void gives_every_node_the_text_the_printer_gives_it(String file) throws IOException {
        String source;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("golden/" + file)) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        CompilationUnit theirs = LexicalPreservingPrinter.setup(parse(source));
        CompilationUnit ours = LexicalSetup.setup(parse(source));

        assertEquals(LexicalSetup.describe(theirs), LexicalSetup.describe(ours));
        assertEquals(source, LexicalPreservingPrinter.print(ours));
    }

    private static CompilationUnit parse(String source) {
        return new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17))
                .parse(source).getResult().orElseThrow();
    }
}
