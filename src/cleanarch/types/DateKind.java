package cleanarch.types;

import cleanarch.project.FieldDefinition;
import java.time.LocalDate;

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

    @Override
    String sample(int variant) {
        return FIRST_SAMPLE.plusDays(variant - 1).toString();
    }
}
