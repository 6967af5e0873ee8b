package jp.wardhub.platform;

import java.net.URI;

/**
 * The problem types every feature shares. A feature with problems of its own declares them beside its code with
 * {@link #of}.
 */
public record ProblemType(URI type, int status, String title, String titleEn) {

    public static final String BASE = "https://wardhub.city/problems/";

    public static ProblemType of(String slug, int status, String title, String titleEn) {
        return new ProblemType(URI.create(BASE + slug), status, title, titleEn);
    }

    public static final ProblemType VALIDATION = of("validation", 400, "入力内容に誤りがあります", "Invalid input");
    public static final ProblemType MALFORMED = of("malformed-request", 400, "リクエストの形式が正しくありません", "Malformed request");
    public static final ProblemType UNAUTHORIZED = of("unauthorized", 401, "認証が必要です", "Authentication required");
    public static final ProblemType FORBIDDEN = of("forbidden", 403, "この操作を行う権限がありません", "Not allowed");
    public static final ProblemType NOT_FOUND = of("not-found", 404, "見つかりません", "Not found");
    public static final ProblemType METHOD_NOT_ALLOWED = of("method-not-allowed", 405, "このメソッドは使えません",
            "Method not allowed");
    public static final ProblemType NOT_ACCEPTABLE = of("not-acceptable", 406, "指定の形式では応答できません", "Not acceptable");
    public static final ProblemType CONFLICT = of("conflict", 409, "現在の状態と矛盾します", "Conflict");
    public static final ProblemType PRECONDITION_FAILED = of("precondition-failed", 412, "他の人が先に更新しました",
            "The record changed since you read it");
    /** A workflow refused an action in the record's current state; the detail names the allowed actions. */
    public static final ProblemType ILLEGAL_TRANSITION = of("illegal-transition", 409, "この状態ではその操作はできません",
            "Not allowed in the current state");
    public static final ProblemType PAYLOAD_TOO_LARGE = of("payload-too-large", 413, "リクエストが大きすぎます",
            "Request body too large");
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type", 415, "この形式は受け付けられません",
            "Unsupported media type");
    public static final ProblemType UNPROCESSABLE = of("unprocessable", 422, "処理できない内容です", "Unprocessable request");
    public static final ProblemType PRECONDITION_REQUIRED = of("precondition-required", 428, "If-Match ヘッダーが必要です",
            "If-Match header required");
    public static final ProblemType TOO_MANY_REQUESTS = of("too-many-requests", 429, "しばらく待ってから再度お試しください",
            "Too many requests");
    /** An export (CSV, open data) would hold more rows than it may: narrow the filters. */
    public static final ProblemType EXPORT_TOO_LARGE = of("export-too-large", 422, "出力する件数が多すぎます",
            "Too many rows to export");
    public static final ProblemType INTERNAL = of("internal", 500, "サーバーで問題が発生しました", "Internal server error");
}
