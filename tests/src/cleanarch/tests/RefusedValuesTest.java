package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cleanarch.project.EntityDefinition;
import cleanarch.project.EntityView;
import cleanarch.project.FieldParser;
import cleanarch.project.FieldView;
import cleanarch.project.Refusal;
import com.google.gson.JsonElement;
import com.google.gson.Strictness;
import com.google.gson.internal.bind.TypeAdapters;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The values each field type tells the generated malformed-request tests to send: every one is JSON (the test
 * must reach the field, not trip the parser), none is a value the type accepts (its own samples), and the bounds
 * a field is given add the values just past them.
 */
class RefusedValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"a:string", "a:string:required:min=2:max=20", "a:text", "a:email", "a:int", "a:long",
        "a:decimal", "a:boolean", "a:date", "a:time", "a:datetime", "a:uuid", "a:json", "a:enum=A|B",
        "a:ref=Author"})
    void every_refused_value_is_json_and_no_sample_is_among_them(String spec) throws IOException {
        FieldView field = field(spec);
        List<String> refused = field.definition().type().kind().refusedJson(field.definition());

        assertFalse(refused.isEmpty(), spec);
        for (String value : refused) {
            assertTrue(isJson(value), spec + ": " + value);
        }
        if (!field.isReference()) {
            assertFalse(refused.contains(field.sampleJson(1)), spec);
            assertFalse(refused.contains(field.sampleJson(2)), spec);
        }
    }

    @Test
    void bounds_add_the_values_just_past_them() {
        assertTrue(refused("a:int:min=1:max=10").containsAll(List.of("0", "11", "2147483648", "-2147483649")));
        assertTrue(refused("a:decimal:min=0").containsAll(List.of("-1", "1000000000000000.9999", "0.00001")));
        assertTrue(refused("a:string:min=3:max=5").containsAll(List.of("\"xx\"", "\"xxxxxx\"")));
    }

    @Test
    void a_long_text_is_written_with_repeat_in_the_generated_test() {
        List<Refusal> refusals = field("a:string").getRefusedValues();

        assertTrue(refusals.contains(new Refusal("a", "\"\\\"\" + \"x\".repeat(256) + \"\\\"\"")), refusals.toString());
    }

    @Test
    void only_filtered_types_have_refused_filter_values() {
        assertTrue(field("a:json").getRefusedFilters().isEmpty());
        assertTrue(field("a:string").getRefusedFilters().isEmpty());
        assertEquals(List.of("abc", "1.5", "2147483648"),
                field("a:int").getRefusedFilters().stream().map(refusal -> refusal.valueJava().replace("\"", ""))
                        .toList());
    }

    private static List<String> refused(String spec) {
        FieldView field = field(spec);
        return field.definition().type().kind().refusedJson(field.definition());
    }

    private static FieldView field(String spec) {
        return new EntityView(new EntityDefinition("Book", FieldParser.parseAll(List.of(spec))), "com.example.shop")
                .getFields().get(0);
    }

    private static boolean isJson(String text) throws IOException {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            JsonElement ignored = TypeAdapters.JSON_ELEMENT.read(reader);
            return ignored != null && reader.peek() == JsonToken.END_DOCUMENT;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
