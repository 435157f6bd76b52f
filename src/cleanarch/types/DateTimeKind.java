package cleanarch.types;

import cleanarch.project.FieldDefinition;
import java.time.OffsetDateTime;

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

    @Override
    String sample(int variant) {
        return "2026-01-" + JavaText.zeroPadded(1 + (variant - 1) % 28, 2) + "T10:" + JavaText.zeroPadded(variant % 60, 2)
                + ":00Z";
    }
}
