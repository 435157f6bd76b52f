package cleanarch.project;

import com.google.gson.annotations.SerializedName;
import java.util.Arrays;
import java.util.Optional;

/** The field types of the field grammar ({@code name:type[:modifier]...}). */
public enum FieldType {
    @SerializedName("string") STRING("string"),
    @SerializedName("text") TEXT("text"),
    @SerializedName("int") INT("int"),
    @SerializedName("long") LONG("long"),
    @SerializedName("decimal") DECIMAL("decimal"),
    @SerializedName("boolean") BOOLEAN("boolean"),
    @SerializedName("date") DATE("date"),
    @SerializedName("datetime") DATETIME("datetime"),
    @SerializedName("uuid") UUID("uuid"),
    @SerializedName("enum") ENUM("enum"),
    @SerializedName("ref") REF("ref");

    private final String token;

    FieldType(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    public static Optional<FieldType> fromToken(String token) {
        return Arrays.stream(values()).filter(type -> type.token.equals(token)).findFirst();
    }

    /** Whether {@code min=}/{@code max=} bound the value (numbers) rather than the length (strings). */
    public boolean isNumeric() {
        return this == INT || this == LONG || this == DECIMAL;
    }

    public boolean isText() {
        return this == STRING || this == TEXT;
    }
}
