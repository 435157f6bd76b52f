package cleanarch.types;

import cleanarch.project.FieldDefinition;
import java.time.LocalDate;
import java.util.List;

/** {@code date}: {@code LocalDate}, {@code date}. */
public class DateKind extends TemporalKind {

    private static final LocalDate FIRST_SAMPLE = LocalDate.of(2026, 1, 1);

    public DateKind() {
        super("LocalDate", "date");
    }

    @Override
    public void checkDefault(String value, FieldDefinition field) {
        checkYear(LocalDate.parse(value).getYear());
    }

    /**
     * Besides other JSON types (a number, an array of its parts): no such day, no ISO text, a date with a time, and
     * years beyond 1-9999 (PostgreSQL's {@code date} goes further, but ISO text and the API stop there).
     */
    @Override
    public List<String> refusedJson(FieldDefinition field) {
        return OtherJsonTypes.thanString("20260101", "[2026, 1, 1]", "\"2026-13-01\"", "\"2026-02-30\"",
                "\"2026-1-1\"", "\"01/31/2026\"", "\"2026-01-01T10:00:00\"", "\"0000-12-31\"",
                "\"10000-01-01\"", "\"+999999999-12-31\"");
    }

    @Override
    public List<String> refusedFilterValues(FieldDefinition field) {
        return List.of("abc", "2026-13-01", "%2B999999999-12-31");
    }

    @Override
    String sample(int variant) {
        return FIRST_SAMPLE.plusDays(variant - 1).toString();
    }
}
