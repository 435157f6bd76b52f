package cleanarch.project;

import java.util.List;

/** The Todo example that {@code init} adds unless {@code --no-example}: the seed template's fields. */
final class ExampleEntity {

    static final EntityDefinition TODO = new EntityDefinition("Todo", FieldParser.parseAll(List.of(
            "title:string:required:max=255",
            "description:text",
            "completed:boolean:default=false")));

    private ExampleEntity() {
    }
}
