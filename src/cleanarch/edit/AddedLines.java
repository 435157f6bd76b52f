package cleanarch.edit;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tidies what an edit added, and only that: the lexical printer indents the blank line it puts between members,
 * which leaves trailing whitespace behind. Lines the user wrote are never touched, whatever their whitespace.
 */
final class AddedLines {

    private AddedLines() {
    }

    static String withoutTrailingBlanks(String original, String edited) {
        List<String> before = Arrays.asList(original.split("\n", -1));
        List<String> after = new ArrayList<>(Arrays.asList(edited.split("\n", -1)));
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            if (delta.getType() == DeltaType.DELETE) {
                continue;
            }
            int start = delta.getTarget().getPosition();
            for (int i = start; i < start + delta.getTarget().size(); i++) {
                if (after.get(i).isBlank()) {
                    after.set(i, "");
                }
            }
        }
        return String.join("\n", after);
    }
}
