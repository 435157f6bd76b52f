package cleanarch.commands;

import cleanarch.UserError;
import cleanarch.edit.JavaRemoval;
import cleanarch.edit.MemberUsages;
import cleanarch.plan.FileChange;
import cleanarch.plan.Plan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses a removal while code would still use what it takes away. The files the removal leaves as they are
 * are searched with {@link MemberUsages} (the symbol solver over the project's sources); the classes it edits are
 * searched in their new text, where anything still naming a removed member is code the user added to them.
 */
final class RemainingUses {

    private RemainingUses() {
    }

    /**
     * @param members the fields, methods and record components removed
     * @param types   the qualified names of the classes deleted
     * @param what    what was removed, for the message: "the removed fields of Book"
     * @param notes   where the uses that could not be resolved are added, for the command to print
     */
    static void refuseIfAny(Plan plan, List<JavaRemoval.Contribution> members, List<String> types, String what,
            List<String> notes) {
        List<MemberUsages.Member> wanted = new ArrayList<>();
        for (JavaRemoval.Contribution member : members) {
            wanted.add(switch (member.kind()) {
                case "field" -> MemberUsages.Member.field(member.type(), member.name());
                case "component" -> MemberUsages.Member.component(member.type(), member.name());
                default -> MemberUsages.Member.method(member.type(), member.name(), member.parameterTypes());
            });
        }
        types.forEach(type -> wanted.add(MemberUsages.Member.type(type)));
        if (wanted.isEmpty()) {
            return;
        }
        Set<Path> changed = plan.changes().stream().map(FileChange::path).collect(Collectors.toSet());
        MemberUsages finder = new MemberUsages(plan.root());
        List<Path> untouched = finder.sourceFiles().stream().filter(file -> !changed.contains(file)).toList();
        List<String> uses = new ArrayList<>();
        MemberUsages.Found found = finder.find(wanted, untouched);
        for (MemberUsages.Usage usage : found.resolved()) {
            uses.add(usage.location() + ": " + usage.member());
        }
        // A name the solver cannot resolve (its receiver's type comes from a library, as Swagger's
        // Schema.setFormat) is most often another class's member of the same name: noted, not refused.
        for (MemberUsages.Usage usage : found.unresolved()) {
            notes.add("note: " + usage.location() + ": " + usage.node() + " could not be resolved; if it uses "
                    + usage.member() + ", change it");
        }
        Set<String> names = wanted.stream().map(MemberUsages.Member::name).collect(Collectors.toSet());
        for (FileChange change : plan.changes()) {
            if (change instanceof FileChange.Modify && change.path().toString().endsWith(".java")) {
                String source = new String(change.content(), StandardCharsets.UTF_8);
                JavaRemoval.namesLeft(change.path().toString(), source, names).forEach(left ->
                        uses.add(change.path().toString().replace('\\', '/') + ":" + left));
            }
        }
        if (!uses.isEmpty()) {
            throw new UserError(uses.size() + " use(s) of " + what + " remain in code you wrote; change them first "
                    + "(nothing was written):\n  " + String.join("\n  ", uses));
        }
    }
}
