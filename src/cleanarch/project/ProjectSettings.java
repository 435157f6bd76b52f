package cleanarch.project;

/**
 * What a project was made with: chosen at {@code init} and kept in the project's metadata file.
 *
 * @param servicePrefix path segments without surrounding slashes; empty for none
 */
public record ProjectSettings(
        String name,
        String groupId,
        String packageName,
        String servicePrefix,
        int port,
        boolean example) {

    public String packagePath() {
        return packageName.replace('.', '/');
    }
}
