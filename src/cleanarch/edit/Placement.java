package cleanarch.edit;

import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Where an element a snippet adds goes among a target's elements: the one rule every edit follows, for members,
 * record components, statements and arguments alike.
 *
 * <p>A snippet is the file as the generator would write it for the new fields alone; each element it adds goes
 * <em>next to the neighbours it has in the snippet</em>:
 * <ol>
 *   <li>before the first element that follows it in the snippet and that the target has: a model's field goes
 *       before {@code createdAt} (before the timestamps), an entity's accessors before {@code describeFields},
 *       a mapping statement before {@code setCreatedAt(...)}, a filter before the method's {@code return};
 *   <li>else after the last element that precedes it in the snippet and that the target has: a request's
 *       component after the last component;
 *   <li>else at the end.
 * </ol>
 * Elements the target has and the snippet does not (hand-written ones) stay where they are.
 */
final class Placement {

    /** The element to insert before, or else the one to insert after; neither means "at the end". */
    record Anchor<T>(Optional<T> before, Optional<T> after) {
    }

    private Placement() {
    }

    /**
     * @param snippet the snippet's elements, in order
     * @param index   the position in {@code snippet} of the element being added
     * @param target  the target's elements, in order
     * @param same    whether a snippet element and a target element are the same element
     */
    static <S, T> Anchor<T> of(List<S> snippet, int index, List<T> target, BiPredicate<S, T> same) {
        for (int i = index + 1; i < snippet.size(); i++) {
            Optional<T> match = find(target, snippet.get(i), same);
            if (match.isPresent()) {
                return new Anchor<>(match, Optional.empty());
            }
        }
        for (int i = index - 1; i >= 0; i--) {
            Optional<T> match = find(target, snippet.get(i), same);
            if (match.isPresent()) {
                return new Anchor<>(Optional.empty(), match);
            }
        }
        return new Anchor<>(Optional.empty(), Optional.empty());
    }

    static <S, T> Optional<T> find(List<T> target, S element, BiPredicate<S, T> same) {
        return target.stream().filter(candidate -> same.test(element, candidate)).findFirst();
    }
}
