package cleanarch.project;

import cleanarch.types.FieldKind;
import cleanarch.types.BooleanKind;
import cleanarch.types.DateKind;
import cleanarch.types.DateTimeKind;
import cleanarch.types.DecimalKind;
import cleanarch.types.EmailKind;
import cleanarch.types.EnumKind;
import cleanarch.types.IntKind;
import cleanarch.types.JsonKind;
import cleanarch.types.LongKind;
import cleanarch.types.ReferenceKind;
import cleanarch.types.StringKind;
import cleanarch.types.TextBlobKind;
import cleanarch.types.TimeKind;
import cleanarch.types.UuidKind;
import com.google.gson.annotations.SerializedName;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The field types of the field grammar ({@code name:type[:modifier]...}), each with the class that knows what it
 * means ({@link FieldKind}). The names are what {@code cleanarch.json} keeps.
 */
public enum FieldType {
    @SerializedName("string") STRING("string", new StringKind()),
    @SerializedName("text") TEXT("text", new TextBlobKind()),
    @SerializedName("email") EMAIL("email", new EmailKind()),
    @SerializedName("int") INT("int", new IntKind()),
    @SerializedName("long") LONG("long", new LongKind()),
    @SerializedName("decimal") DECIMAL("decimal", new DecimalKind()),
    @SerializedName("boolean") BOOLEAN("boolean", new BooleanKind()),
    @SerializedName("date") DATE("date", new DateKind()),
    @SerializedName("time") TIME("time", new TimeKind()),
    @SerializedName("datetime") DATETIME("datetime", new DateTimeKind()),
    @SerializedName("uuid") UUID("uuid", new UuidKind()),
    @SerializedName("json") JSON("json", new JsonKind()),
    @SerializedName("enum") ENUM("enum", new EnumKind()),
    @SerializedName("ref") REF("ref", new ReferenceKind());

    private final String token;
    private final FieldKind kind;

    FieldType(String token, FieldKind kind) {
        this.token = token;
        this.kind = kind;
    }

    public String token() {
        return token;
    }

    public FieldKind kind() {
        return kind;
    }

    public static Optional<FieldType> fromToken(String token) {
        return Arrays.stream(values()).filter(type -> type.token.equals(token)).findFirst();
    }

    /** How each type is written in a field spec, for messages and prompts: {@code enum=A|B|C}, {@code ref=Entity}. */
    public static List<String> spellings() {
        return Arrays.stream(values()).map(type -> switch (type) {
            case ENUM -> "enum=A|B|C";
            case REF -> "ref=Entity";
            default -> type.token;
        }).toList();
    }
}
