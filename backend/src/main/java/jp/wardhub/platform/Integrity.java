package jp.wardhub.platform;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The safety net for a database constraint a service did not check first: a missing referenced record is a 400, a
 * duplicate or a record still referenced is a 409, naming the field where the database's message shows it. The
 * message itself (SQL, table names) is never passed on.
 */
final class Integrity {

    private static final Pattern FOREIGN_KEY_COLUMN = Pattern.compile("FOREIGN KEY \\(`([^`]+)`\\)");
    private static final Pattern NULL_COLUMN = Pattern.compile("Column '([^']+)' cannot be null");
    private static final Pattern DUPLICATE_KEY = Pattern.compile("for key '(?:[^'.]+\\.)?([^']+)'");
    private static final Pattern TABLE = Pattern.compile("^\\s*(?:insert\\s+into|update)\\s+`?(\\w+)",
            Pattern.CASE_INSENSITIVE);

    private Integrity() {
    }

    /** The problem for an integrity failure anywhere in the cause chain, or null when there is none. */
    static ProblemException of(Throwable failure) {
        String sql = null;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof org.hibernate.JDBCException j && j.getSQL() != null) {
                sql = j.getSQL();
            }
            if (t instanceof SQLException e && e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return problem(e, sql);
            }
        }
        return null;
    }

    private static ProblemException problem(SQLException e, String sql) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return switch (kind(e)) {
            case MISSING_REFERENCE -> invalid(field(FOREIGN_KEY_COLUMN, message), "Exists",
                    Bilingual.of("存在しない記録を指しています", "refers to a record that does not exist"));
            case NULL -> invalid(field(NULL_COLUMN, message), "NotNull", Bilingual.of("必須です", "required"));
            case DUPLICATE -> conflict(uniqueField(message, sql), "Unique",
                    Bilingual.of("同じ値の記録がすでにあります", "a record with this value already exists"));
            case STILL_REFERENCED ->
                conflict(null, null, Bilingual.of("他の記録から参照されているため変更できません", "other records still refer to it"));
            case CHECK ->
                conflict(null, null, Bilingual.of("記録の整合性の規則に反します", "breaks a consistency rule of the record"));
        };
    }

    private enum Kind {
        MISSING_REFERENCE, NULL, DUPLICATE, STILL_REFERENCED, CHECK
    }

    /** MariaDB and MySQL say 23000 for every kind and tell them apart by error code; H2 (dev) by SQL state. */
    private static Kind kind(SQLException e) {
        return switch (e.getErrorCode()) {
            case 1452, 1216 -> Kind.MISSING_REFERENCE;
            case 1048 -> Kind.NULL;
            case 1062, 1586, 1557 -> Kind.DUPLICATE;
            case 1451, 1217 -> Kind.STILL_REFERENCED;
            default -> switch (e.getSQLState()) {
                case "23506" -> Kind.MISSING_REFERENCE;
                case "23502" -> Kind.NULL;
                case "23505" -> Kind.DUPLICATE;
                case "23503" -> Kind.STILL_REFERENCED;
                default -> Kind.CHECK;
            };
        };
    }

    private static String field(Pattern pattern, String message) {
        Matcher m = pattern.matcher(message);
        return m.find() ? camel(m.group(1)) : null;
    }

    /** {@code uq_staff_username} on {@code insert into staff} → {@code username}; a multi-column key names none. */
    private static String uniqueField(String message, String sql) {
        Matcher key = DUPLICATE_KEY.matcher(message);
        Matcher table = TABLE.matcher(sql == null ? "" : sql);
        if (!key.find() || !table.find()) {
            return null;
        }
        String prefix = "uq_" + table.group(1).toLowerCase(Locale.ROOT) + "_";
        String name = key.group(1).toLowerCase(Locale.ROOT);
        return name.startsWith(prefix) && name.length() > prefix.length() ? camel(name.substring(prefix.length()))
                : null;
    }

    private static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static ProblemException invalid(String field, String rule, Bilingual message) {
        return field == null ? new ProblemException(ProblemType.VALIDATION, message)
                : ProblemException.invalid(field, rule, message);
    }

    private static ProblemException conflict(String field, String rule, Bilingual message) {
        List<ProblemException.FieldProblem> errors = field == null ? List.of()
                : List.of(new ProblemException.FieldProblem(field, rule, message));
        return new ProblemException(ProblemType.CONFLICT, message, errors, java.util.Map.of());
    }
}
