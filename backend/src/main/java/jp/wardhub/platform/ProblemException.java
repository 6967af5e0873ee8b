package jp.wardhub.platform;

import java.util.List;
import java.util.Map;

/** A failure the API reports as a problem response of the given type. */
public class ProblemException extends RuntimeException {

    private final ProblemType problemType;
    private final List<Problem.FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of(), Map.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors,
            Map<String, String> headers) {
        super(detail, null, false, false);
        this.problemType = type;
        this.errors = errors;
        this.headers = headers;
    }

    /** {@code notFound("施設", "office", 42)}: "施設が見つかりません: 42 (office not found)". */
    public static ProblemException notFound(String whatJa, String whatEn, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, whatJa + "が見つかりません: " + id + " (" + whatEn + " not found)");
    }

    public static ProblemException invalid(String field, String rule, String message) {
        return new ProblemException(ProblemType.VALIDATION, message,
                List.of(new Problem.FieldError(field, rule, message)), Map.of());
    }

    /** 409: {@code action} is not allowed on a {@code what} in {@code state}; names the actions that are. */
    public static ProblemException illegalTransition(String whatJa, String whatEn, Enum<?> state, Enum<?> action,
            List<? extends Enum<?>> allowed) {
        String names = allowed.isEmpty() ? "なし (none)" : String.join(", ", allowed.stream().map(Enum::name).toList());
        return new ProblemException(ProblemType.ILLEGAL_TRANSITION, whatJa + "の状態 " + state + " では " + action
                + " はできません。できる操作: " + names + " (" + action + " is not allowed on a " + whatEn + " in " + state
                + "; allowed: " + names + ")");
    }

    /** 429 with {@code Retry-After}: "{whyJa}一時的に制限しています。N 秒後に再度お試しください ({whyEn}; retry in N s)". */
    public static ProblemException tooManyRequests(long seconds, String whyJa, String whyEn) {
        return new ProblemException(ProblemType.TOO_MANY_REQUESTS,
                whyJa + "一時的に制限しています。" + seconds + " 秒後に再度お試しください (" + whyEn + "; retry in " + seconds
                        + " s)",
                List.of(), Map.of("Retry-After", Long.toString(seconds)));
    }

    /**
     * 422 when an export would hold {@code count} rows, more than {@code max}; {@code narrowJa}/{@code narrowEn} name the
     * filter that helps most ("年度", "year").
     */
    public static ProblemException exportTooLarge(long count, int max, String narrowJa, String narrowEn) {
        return new ProblemException(ProblemType.EXPORT_TOO_LARGE, count + " 件あります。" + max + " 件以下になるよう" + narrowJa
                + "などで絞り込んでください (" + count + " rows; narrow the filters, e.g. " + narrowEn + ", to " + max
                + " or fewer)");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public ProblemType problemType() {
        return problemType;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
