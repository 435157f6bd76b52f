package cleanarch.types;

import cleanarch.project.FieldDefinition;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** {@code time}: {@code LocalTime}, {@code time} (a time of day without a zone). */
public class TimeKind extends TemporalKind {

    public TimeKind() {
        super("LocalTime", "time");
    }

    @Override
    public void checkDefault(String value, FieldDefinition field) {
        LocalTime.parse(value);
    }

    @Override
    public String defaultExpected(String value) {
        // Answers always carry the seconds, even where the default left them out.
        return JavaText.string(DateTimeFormatter.ISO_LOCAL_TIME.format(LocalTime.parse(value)));
    }

    /** Besides other JSON types: no such time, no ISO text, and a time with an offset the column would drop. */
    @Override
    public List<String> refusedJson(FieldDefinition field) {
        return OtherJsonTypes.thanString("36000", "[10, 30]", "\"25:00\"", "\"10:60\"", "\"noon\"",
                "\"10:30:00+02:00\"", "\"2026-01-01T10:30:00\"");
    }

    @Override
    public List<String> refusedFilterValues(FieldDefinition field) {
        return List.of("abc", "25:00");
    }

    @Override
    String sample(int variant) {
        // Seconds never zero: "10:00:00" and "10:00" are the same time, and the samples compare as text.
        return "10:" + JavaText.zeroPadded(variant / 59 % 60, 2) + ":" + JavaText.zeroPadded(1 + variant % 59, 2);
    }
}
