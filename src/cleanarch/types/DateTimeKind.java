package cleanarch.types;

import cleanarch.project.FieldDefinition;
import java.time.OffsetDateTime;
import java.util.List;

/** {@code datetime}: {@code Instant}, {@code timestamptz}. */
public class DateTimeKind extends TemporalKind {

    public DateTimeKind() {
        super("Instant", "timestamptz");
    }

    @Override
    public void checkDefault(String value, FieldDefinition field) {
        checkYear(OffsetDateTime.parse(value).getYear());
    }

    @Override
    public String defaultExpected(String value) {
        return JavaText.string(OffsetDateTime.parse(value).toInstant().toString());
    }

    /**
     * Besides other JSON types (seconds since 1970 among them): a date alone, a time without a zone, no ISO text,
     * and years beyond 1-9999.
     */
    @Override
    public List<String> refusedJson(FieldDefinition field) {
        return OtherJsonTypes.thanString("1767261600", "\"2026-01-01\"", "\"2026-01-01T10:00:00\"",
                "\"2026-01-01T25:00:00Z\"", "\"yesterday\"", "\"0000-12-31T23:59:59Z\"",
                "\"+10000-01-01T00:00:00Z\"", "\"+999999999-12-31T00:00:00Z\"");
    }

    @Override
    public List<String> refusedFilterValues(FieldDefinition field) {
        return List.of("abc", "2026-01-01", "%2B999999999-12-31T00:00:00Z");
    }

    @Override
    String sample(int variant) {
        return "2026-01-" + JavaText.zeroPadded(1 + (variant - 1) % 28, 2) + "T10:" + JavaText.zeroPadded(variant % 60, 2)
                + ":00Z";
    }
}
