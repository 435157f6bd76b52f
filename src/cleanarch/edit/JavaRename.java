package cleanarch.edit;

import cleanarch.UserError;
import cleanarch.edit.MemberUsages.Member;
import cleanarch.edit.MemberUsages.Usage;
import cleanarch.plan.Plan;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import com.github.javaparser.printer.lexicalpreservation.LexicalSetup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans a rename through a project's Java sources, as an IDE's rename refactoring does, for names the generator
 * chose (a field and what it contributes, an entity and its classes).
 *
 * <p>What to rename comes from the templates: each generated file is rendered as it is before the rename and as
 * it is after it ({@link Rendered}). A file still exactly as the generator wrote it simply becomes the new
 * rendering, so a rename gives the very file the generator writes for the new names. A file edited by hand keeps
 * every edit: the declarations whose names differ between the renderings (classes, fields, methods, record
 * components) are renamed with every use of them in the project, found by the symbol solver
 * ({@link MemberUsages}), hand-written classes included; and within a generated file, the other tokens that the
 * renderings rename (local names, JSON and column names in string literals, comments) are renamed as well
 * ({@link TokenRenames}). A name spelled like a renamed member whose target the solver cannot resolve is reported,
 * and the rename refused, unless the caller keeps those as they are.
 */
public final class JavaRename {

    /**
     * A file the generator renders, before and after the rename; its path changes with its class's name.
     *
     * @param oldPath relative to the project
     * @param newPath relative to the project
     */
    public record Rendered(String oldPath, String newPath, String before, String after) {
    }

    private final Path projectDir;

    public JavaRename(Path projectDir) {
        this.projectDir = projectDir;
    }

    /**
     * Plans the rename.
     *
     * @param keepUnresolved whether to go on when some names cannot be resolved (they are kept as they are)
     * @return the unresolved names kept, as {@code path:line (name)}; empty unless {@code keepUnresolved}
     */
    public List<String> plan(Plan plan, List<Rendered> files, boolean keepUnresolved) {
        Map<String, Rendered> byPath = new LinkedHashMap<>();
        Map<Member, String> renames = new LinkedHashMap<>();
        for (Rendered file : files) {
            if (plan.read(file.oldPath()).isEmpty()) {
                // The user deleted it: nothing of it to rename.
                continue;
            }
            byPath.put(file.oldPath(), file);
            if (!file.before().equals(file.after())) {
                collectRenames(file, renames);
            }
        }
        // A file still as the generator wrote it becomes the new rendering: no need to resolve anything in it.
        Set<Path> pristine = new LinkedHashSet<>();
        byPath.values().forEach(file -> {
            if (plan.read(file.oldPath()).orElseThrow().equals(file.before())) {
                pristine.add(Path.of(file.oldPath()));
            }
        });
        MemberUsages usages = new MemberUsages(projectDir);
        MemberUsages.Found found = usages.find(List.copyOf(renames.keySet()),
                usages.sourceFiles().stream().filter(file -> !pristine.contains(file)).toList());
        Map<Path, List<Usage>> usagesByFile = new LinkedHashMap<>();
        for (Usage usage : found.usages()) {
            usagesByFile.computeIfAbsent(usage.file(), file -> new ArrayList<>()).add(usage);
        }
        Set<String> paths = new LinkedHashSet<>(byPath.keySet());
        usagesByFile.keySet().forEach(file -> paths.add(file.toString().replace('\\', '/')));

        List<String> unresolved = new ArrayList<>();
        for (String path : paths) {
            Rendered rendered = byPath.get(path);
            String source = plan.read(path).orElseThrow();
            String content;
            if (rendered != null && source.equals(rendered.before())) {
                content = rendered.after();
            } else {
                CompilationUnit unit = found.units().get(Path.of(path));
                if (unit == null) {
                    unit = LexicalSetup.setup(JavaMerge.parse(path, source));
                }
                TokenRenames tokens = rendered == null ? TokenRenames.none()
                        : TokenRenames.between(path, rendered.before(), rendered.after());
                content = rename(path, source, unit, usagesByFile.getOrDefault(Path.of(path), List.of()), renames,
                        tokens, unresolved);
            }
            String target = rendered == null ? path : rendered.newPath();
            if (!target.equals(path)) {
                plan.delete(path);
                plan.createNew(target, content);
            } else if (!content.equals(source)) {
                plan.update(path, content);
            }
        }
        if (!unresolved.isEmpty() && !keepUnresolved) {
            throw new UserError(unresolved.size() + " name(s) spelled like a renamed member could not be resolved, so "
                    + "it is not known whether they refer to it: " + String.join(", ", unresolved)
                    + "; check them, then rerun with --keep-unresolved to rename the rest and keep these as they are");
        }
        return unresolved;
    }

    private static String rename(String path, String source, CompilationUnit unit, List<Usage> usages,
            Map<Member, String> renames, TokenRenames tokens, List<String> unresolved) {
        Set<Node> decided = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Usage> unsure = new ArrayList<>();
        for (Usage usage : usages) {
            if (usage.resolved()) {
                if (decided.add(usage.node())) {
                    MemberUsages.rename(usage, renames.get(usage.member()));
                }
            } else {
                unsure.add(usage);
            }
        }
        Set<Node> renamedByTokens = tokens.apply(unit, decided);
        for (Usage usage : unsure) {
            if (!decided.contains(usage.node()) && !renamedByTokens.contains(usage.node())) {
                unresolved.add(usage.location() + " (" + usage.member().name() + ")");
            }
        }
        Set<Node> renamed = Collections.newSetFromMap(new IdentityHashMap<>());
        renamed.addAll(decided);
        renamed.addAll(renamedByTokens);
        reorderImports(unit, renamed);
        return AddedLines.withoutTrailingBlanks(source, LexicalPreservingPrinter.print(unit));
    }

    /** An import whose name was renamed goes where {@link ImportOrder} puts its new name, if it is not there. */
    private static void reorderImports(CompilationUnit unit, Set<Node> renamed) {
        for (ImportDeclaration declaration : List.copyOf(unit.getImports())) {
            boolean wasRenamed = declaration.findAll(Name.class).stream().anyMatch(renamed::contains);
            if (!wasRenamed) {
                continue;
            }
            NodeList<ImportDeclaration> imports = unit.getImports();
            List<String> others = new ArrayList<>();
            for (ImportDeclaration other : imports) {
                if (other != declaration) {
                    others.add(ImportOrder.key(other.getNameAsString(), other.isStatic()));
                }
            }
            String key = ImportOrder.key(declaration.getNameAsString(), declaration.isStatic());
            if (ImportOrder.position(others, key) == imports.indexOf(declaration)) {
                continue;
            }
            ImportDeclaration moved = new ImportDeclaration(declaration.getNameAsString(), declaration.isStatic(),
                    declaration.isAsterisk());
            declaration.remove();
            JavaMerge.addImport(unit, moved);
        }
    }

    /** The declarations the two renderings name differently: top-level types and their members, by position. */
    private static void collectRenames(Rendered file, Map<Member, String> renames) {
        CompilationUnit before = JavaMerge.parse(file.oldPath() + " (generated)", file.before());
        CompilationUnit after = JavaMerge.parse(file.newPath() + " (generated)", file.after());
        if (before.getTypes().size() != after.getTypes().size()) {
            return;
        }
        for (int i = 0; i < before.getTypes().size(); i++) {
            TypeDeclaration<?> old = before.getType(i);
            TypeDeclaration<?> renamed = after.getType(i);
            String type = old.getFullyQualifiedName().orElse(old.getNameAsString());
            if (!old.getNameAsString().equals(renamed.getNameAsString())) {
                renames.put(Member.type(type), renamed.getNameAsString());
            }
            if (old instanceof RecordDeclaration record && renamed instanceof RecordDeclaration newRecord
                    && record.getParameters().size() == newRecord.getParameters().size()) {
                for (int c = 0; c < record.getParameters().size(); c++) {
                    String name = record.getParameter(c).getNameAsString();
                    String newName = newRecord.getParameter(c).getNameAsString();
                    if (!name.equals(newName)) {
                        renames.put(Member.component(type, name), newName);
                    }
                }
            }
            List<BodyDeclaration<?>> members = old.getMembers();
            List<BodyDeclaration<?>> newMembers = renamed.getMembers();
            if (members.size() != newMembers.size()) {
                continue;
            }
            for (int m = 0; m < members.size(); m++) {
                BodyDeclaration<?> member = members.get(m);
                BodyDeclaration<?> newMember = newMembers.get(m);
                if (member instanceof FieldDeclaration field && newMember instanceof FieldDeclaration newField
                        && field.getVariables().size() == newField.getVariables().size()) {
                    for (int v = 0; v < field.getVariables().size(); v++) {
                        String name = field.getVariable(v).getNameAsString();
                        String newName = newField.getVariable(v).getNameAsString();
                        if (!name.equals(newName)) {
                            renames.put(Member.field(type, name), newName);
                        }
                    }
                } else if (member instanceof MethodDeclaration method
                        && newMember instanceof MethodDeclaration newMethod
                        && !method.getNameAsString().equals(newMethod.getNameAsString())) {
                    List<String> parameters = method.getParameters().stream()
                            .map(parameter -> MemberUsages.simpleType(parameter.getType().asString())).toList();
                    renames.put(Member.method(type, method.getNameAsString(), parameters),
                            newMethod.getNameAsString());
                }
            }
        }
    }
}
