package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cleanarch.UserError;
import cleanarch.project.FieldDefinition;
import cleanarch.project.FieldParser;
import cleanarch.project.FieldType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldParserTest {

    @Test
    void parses_type_and_modifiers() {
        FieldDefinition field = FieldParser.parse("published_on:date:required:unique");

        assertEquals("publishedOn", field.name());
        assertEquals(FieldType.DATE, field.type());
        assertTrue(field.required());
        assertTrue(field.unique());
    }

    @Test
    void parses_bounds_defaults_and_enum_values() {
        FieldDefinition title = FieldParser.parse("title:string:min=2:max=200");
        FieldDefinition status = FieldParser.parse("status:enum=open|InProgress|CLOSED:default=OPEN");

        assertEquals(2L, title.min());
        assertEquals(200L, title.max());
        assertEquals(List.of("OPEN", "IN_PROGRESS", "CLOSED"), status.enumValues());
        assertEquals("OPEN", status.defaultValue());
    }

    @Test
    void a_default_keeps_its_colons_up_to_the_next_modifier() {
        FieldDefinition opens = FieldParser.parse("opens:time:default=10:30:00:required");
        FieldDefinition at = FieldParser.parse("at:datetime:default=2026-01-01T10:00:00Z");

        assertEquals("10:30:00", opens.defaultValue());
        assertTrue(opens.required());
        assertEquals("2026-01-01T10:00:00Z", at.defaultValue());
    }

    @Test
    void parses_a_reference_as_an_id_field() {
        FieldDefinition author = FieldParser.parse("author:ref=Author:required:cascade");
        FieldDefinition editor = FieldParser.parse("editor_id:ref=author");

        assertEquals("authorId", author.name());
        assertEquals(FieldType.REF, author.type());
        assertEquals("Author", author.reference());
        assertTrue(author.required() && author.cascade());
        assertEquals("editorId", editor.name());
        assertEquals("Author", editor.reference());
    }

    @ParameterizedTest
    @ValueSource(strings = {"title", "title:", "title:varchar", "Title:string", "class:string", "id:long",
            "created_at:datetime", "updatedAt:datetime", "done:boolean:max=3", "name:string:max=x",
            "name:string:shiny", "name:string:required:required", "n:int:min=5:max=1", "flag:boolean:default=yes",
            "status:enum=A|A", "status:enum=A|b c", "on:date:default=tomorrow", "x:string:required=1",
            "author:ref=", "author:ref=Author:default=1", "author:ref=Author:max=3", "title:string:cascade"})
    void refuses_bad_fields_with_a_clear_message(String spec) {
        UserError error = assertThrows(UserError.class, () -> FieldParser.parse(spec));

        assertTrue(error.getMessage().contains("'"), error.getMessage());
    }

    @Test
    void refuses_a_duplicate_field_in_either_spelling() {
        UserError error = assertThrows(UserError.class,
                () -> FieldParser.parseAll(List.of("publishedOn:date", "published_on:date")));

        assertTrue(error.getMessage().contains("duplicate field"), error.getMessage());
    }
}
