package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cleanarch.naming.Names;
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
}
