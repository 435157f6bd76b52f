package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cleanarch.naming.JavaKeywords;
import cleanarch.naming.Names;
import java.util.List;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void converts_between_spellings() {
        assertEquals("OrderLine", Names.pascal("order_line"));
        assertEquals("orderLine", Names.camel("OrderLine"));
        assertEquals("order_line", Names.snake("orderLine"));
        assertEquals("order-line", Names.kebab("OrderLine"));
        assertEquals("http_server", Names.snake("HTTPServer"));
        assertEquals("published_on", Names.snake("publishedOn"));
        assertEquals("item2_count", Names.snake("item2Count"));
    }

    @Test
    void pluralises_the_last_word() {
        assertEquals("order_lines", Names.pluralSnake("OrderLine"));
        assertEquals("categories", Names.pluralSnake("Category"));
        assertEquals("boxes", Names.pluralSnake("Box"));
        assertEquals("addresses", Names.pluralSnake("Address"));
        assertEquals("days", Names.pluralSnake("Day"));
        assertEquals("people", Names.pluralSnake("Person"));
        assertEquals("todos", Names.pluralSnake("Todo"));
    }

    /** JavaKeywords is a copy of what the JDK knows, kept to spare a command the JDK's slow class initialization. */
    @Test
    void knows_the_reserved_words_the_jdk_knows() {
        List<String> words = List.of("abstract", "assert", "boolean", "break", "byte", "case", "catch", "char",
                "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
                "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface",
                "long", "native", "new", "package", "private", "protected", "public", "return", "short", "static",
                "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
                "volatile", "while", "_", "true", "false", "null", "var", "yield", "record", "sealed", "permits",
                "module", "exports", "when", "Class", "order", "orderLine", "a1", "__", "$x", "1a", "", "a.b",
                "com.example.shop", "com..x", "com.class", "a.", "Todo", "é");
        for (String word : words) {
            assertEquals(SourceVersion.isKeyword(word), JavaKeywords.isKeyword(word), word);
            assertEquals(SourceVersion.isName(word), JavaKeywords.isName(word), word);
        }
    }
}
