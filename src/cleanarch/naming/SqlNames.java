package cleanarch.naming;

import java.util.Locale;
import java.util.Set;

/**
 * Table and column names that are safe in PostgreSQL. The rule for reserved words: a name that PostgreSQL reserves
 * (a column {@code order}, a table {@code user}) is double-quoted, in migrations and in the JPA mapping alike.
 * Names are always lower-case snake case, so a quoted name and an unquoted one refer to the same column and the
 * JSON and Java names stay what the user chose.
 */
public final class SqlNames {

    /** PostgreSQL truncates longer names (NAMEDATALEN - 1 bytes; our names are ASCII). */
    public static final int MAX_IDENTIFIER_LENGTH = 63;

    /** PostgreSQL's reserved key words (its documentation's "SQL Key Words" appendix, reserved columns). */
    private static final Set<String> RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "binary", "both", "case", "cast", "check", "collate", "collation", "column", "concurrently",
            "constraint", "create", "cross", "current_catalog", "current_date", "current_role", "current_schema",
            "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do",
            "else", "end", "except", "false", "fetch", "for", "foreign", "freeze", "from", "full", "grant",
            "group", "having", "ilike", "in", "initially", "inner", "intersect", "into", "is", "isnull", "join",
            "lateral", "leading", "left", "like", "limit", "localtime", "localtimestamp", "natural", "not",
            "notnull", "null", "offset", "on", "only", "or", "order", "outer", "overlaps", "placing", "primary",
            "references", "returning", "right", "select", "session_user", "similar", "some", "symmetric",
            "system_user", "table", "tablesample", "then", "to", "trailing", "true", "union", "unique", "user",
            "using", "variadic", "verbose", "when", "where", "window", "with");

    private SqlNames() {
    }

    public static boolean isReserved(String name) {
        return RESERVED.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The name as it must be written in SQL: quoted when reserved, as it is otherwise. */
    public static String identifier(String name) {
        return isReserved(name) ? "\"" + name + "\"" : name;
    }
}
