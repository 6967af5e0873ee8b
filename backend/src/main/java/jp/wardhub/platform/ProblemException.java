package jp.wardhub.platform;

import java.util.List;
import java.util.Map;

/**
 * A failure the API reports as a problem response of the given type. Its detail and field messages are
 * {@link Bilingual}: the response carries them in the caller's language. The constructors that take one string read
 * it as {@code "日本語 (English)"} ({@link Bilingual#split}); {@link #getMessage()} is that form again, for logs.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType problemType;
    private final Bilingual detail;
    private final List<FieldProblem> errors;
    private final Map<String, String> headers;

    /** One field that broke one rule, its message in both languages; {@code line} and {@code value} as in the body. */
    public record FieldProblem(String field, String rule, Bilingual message, Integer line, String value) {

        public FieldProblem(String field, String rule, Bilingual message) {
            this(field, rule, message, null, null);
        }

        static FieldProblem of(Problem.FieldError e) {
            return new FieldProblem(e.field(), e.rule(), Bilingual.split(e.message()), e.line(), e.value());
        }

        Problem.FieldError in(ProblemLanguage language) {
            return new Problem.FieldError(field, rule, message == null ? null : message.in(language), line, value);
        }
    }

    public ProblemException(ProblemType type, String detail) {
        this(type, Bilingual.split(detail));
    }

    public ProblemException(ProblemType type, Bilingual detail) {
        this(type, detail, List.of(), Map.of());
    }

    /** Field errors whose messages are one string each, {@code "日本語 (English)"}. */
    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors,
            Map<String, String> headers) {
        this(type, Bilingual.split(detail), errors.stream().map(FieldProblem::of).toList(), headers);
    }

    public ProblemException(ProblemType type, Bilingual detail, List<FieldProblem> errors,
            Map<String, String> headers) {
        super(detail == null ? null : detail.combined(), null, false, false);
        this.problemType = type;
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.headers = headers;
    }

    /** {@code notFound("施設", "office", 42)}: "施設が見つかりません: 42" / "office not found: 42". */
    public static ProblemException notFound(String whatJa, String whatEn, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND,
                Bilingual.of(whatJa + "が見つかりません: " + id, whatEn + " not found: " + id));
    }

    /** 400 naming one field and the rule it broke; the detail is the message. */
    public static ProblemException invalid(String field, String rule, String ja, String en) {
        return invalid(field, rule, Bilingual.of(ja, en));
    }

    public static ProblemException invalid(String field, String rule, Bilingual message) {
        return new ProblemException(ProblemType.VALIDATION, message, List.of(new FieldProblem(field, rule, message)),
                Map.of());
    }

    /** As {@link #invalid(String, String, String, String)}, the message written {@code "日本語 (English)"}. */
    public static ProblemException invalid(String field, String rule, String message) {
        return invalid(field, rule, Bilingual.split(message));
    }

    /** 409: {@code action} is not allowed on a {@code what} in {@code state}; names the actions that are. */
    public static ProblemException illegalTransition(String whatJa, String whatEn, Enum<?> state, Enum<?> action,
            List<? extends Enum<?>> allowed) {
        String names = String.join(", ", allowed.stream().map(Enum::name).toList());
        return new ProblemException(ProblemType.ILLEGAL_TRANSITION, Bilingual.of(
                whatJa + "の状態 " + state + " では " + action + " はできません。できる操作: "
                        + (allowed.isEmpty() ? "なし" : names),
                action + " is not allowed on a " + whatEn + " in " + state + "; allowed: "
                        + (allowed.isEmpty() ? "none" : names)));
    }

    /** 429 with {@code Retry-After}: "{whyJa}一時的に制限しています。N 秒後に再度お試しください" / "{whyEn}; retry in N s". */
    public static ProblemException tooManyRequests(long seconds, String whyJa, String whyEn) {
        return new ProblemException(ProblemType.TOO_MANY_REQUESTS,
                Bilingual.of(whyJa + "一時的に制限しています。" + seconds + " 秒後に再度お試しください",
                        whyEn + "; retry in " + seconds + " s"),
                List.of(), Map.of("Retry-After", Long.toString(seconds)));
    }

    /**
     * 422 when an export would hold {@code count} rows, more than {@code max}; {@code narrowJa}/{@code narrowEn} name the
     * filter that helps most ("年度", "year").
     */
    public static ProblemException exportTooLarge(long count, int max, String narrowJa, String narrowEn) {
        return new ProblemException(ProblemType.EXPORT_TOO_LARGE,
                Bilingual.of(count + " 件あります。" + max + " 件以下になるよう" + narrowJa + "などで絞り込んでください",
                        count + " rows; narrow the filters, e.g. " + narrowEn + ", to " + max + " or fewer"));
    }

    public static ProblemException forbidden(String ja, String en) {
        return new ProblemException(ProblemType.FORBIDDEN, Bilingual.of(ja, en));
    }

    /** As {@link #forbidden(String, String)}, the detail written {@code "日本語 (English)"}. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public ProblemType problemType() {
        return problemType;
    }

    /** The detail in both languages, or null when there is none. */
    public Bilingual detail() {
        return detail;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
