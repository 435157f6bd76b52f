package cleanarch.naming;

import cleanarch.UserError;
import java.util.regex.Pattern;

/** Checks the names a user gives, so that everything generated from them compiles and resolves. */
public final class Identifiers {

    private static final Pattern PROJECT_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern PACKAGE_SEGMENT = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern PREFIX_SEGMENT = Pattern.compile("[a-z0-9]+([-_.][a-z0-9]+)*");

    private Identifiers() {
    }

    public static void requireProjectName(String name) {
        if (name.contains("/") || name.contains("\\")) {
            throw new UserError("invalid project name '" + name + "': it must be a plain name, not a path (use "
                    + "--output-dir to choose where it goes)");
        }
        if (!PROJECT_NAME.matcher(name).matches()) {
            throw new UserError("invalid project name '" + name + "': use lower-case letters, digits and single "
                    + "hyphens, starting with a letter (e.g. my-service)");
        }
    }

    /** A Java package name (also used for the Maven group id): dot-separated lower-case segments, no keywords. */
    public static void requirePackage(String what, String name) {
        for (String segment : name.split("\\.", -1)) {
            if (!PACKAGE_SEGMENT.matcher(segment).matches()) {
                throw new UserError("invalid " + what + " '" + name + "': each dot-separated part must start with "
                        + "a lower-case letter and hold only lower-case letters, digits and underscores");
            }
            if (JavaKeywords.isKeyword(segment)) {
                throw new UserError("invalid " + what + " '" + name + "': '" + segment + "' is a Java keyword");
            }
        }
    }

    /** Normalises a service prefix to its path segments without surrounding slashes ({@code /api/ -> api}). */
    public static String servicePrefix(String prefix) {
        String trimmed = prefix.replaceAll("^/+|/+$", "");
        if (trimmed.isEmpty()) {
            return "";
        }
        for (String segment : trimmed.split("/", -1)) {
            if (!PREFIX_SEGMENT.matcher(segment).matches()) {
                throw new UserError("invalid service prefix '" + prefix + "': use path segments of lower-case "
                        + "letters, digits, '-', '_' and '.' separated by '/'");
            }
        }
        return trimmed;
    }

    public static void requirePort(int port) {
        if (port < 1 || port > 65535) {
            throw new UserError("invalid port " + port + ": it must be between 1 and 65535");
        }
    }
}
