package jp.wardhub.platform;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body. Its texts ({@code title}, {@code detail}, each field error's {@code message}) are
 * in one language, the one {@code Accept-Language} prefers ({@link ProblemLanguage}: Japanese unless English is
 * preferred), named by the response's {@code Content-Language}. {@code titleEn} is the English title whatever the
 * language, kept for the clients written when {@code title} was always Japanese. No text ever carries a class name, a
 * stack trace or SQL.
 */
@Schema(name = "Problem", description = """
        RFC 9457 のエラー応答。title・detail・errors[].message は Accept-Language に従い日本語か英語のどちらか一方で、\
        応答の Content-Language (ja / en) がその言語を示す。英語が日本語より高い q 値で求められたときだけ英語、\
        それ以外 (ヘッダーなし、他の言語) は日本語。titleEn は互換のために残す英語の title。\
        (RFC 9457 problem details. title, detail and errors[].message are in one language, chosen by \
        Accept-Language and named by the response's Content-Language: English when the header prefers it to \
        Japanese by q-value, else Japanese. titleEn, the English title, is kept for compatibility.)""",
        requiredProperties = { "type", "title", "titleEn", "status" }) // the rest is left out when there is none
public record Problem(
        @Schema(examples = "https://wardhub.city/problems/validation") URI type,
        @Schema(description = "問題の種類の見出し。Content-Language の言語 (the problem type's title, in the Content-Language)",
                examples = "入力内容に誤りがあります") String title,
        @Schema(description = "英語の見出し。title が常に日本語だった頃の利用者のために残す (the English title, kept for compatibility; read title instead)",
                deprecated = true, examples = "Invalid input") String titleEn,
        @Schema(examples = "400") int status,
        @Schema(description = "この発生についての説明。Content-Language の言語 (what went wrong this time, in the Content-Language)",
                examples = "1 件あたりの上限 100,000 円を超えています") String detail,
        String instance,
        @Schema(description = "このリクエストの ID。ログの照合に使う (request id, as in the X-Request-Id header)") String requestId,
        @Schema(description = "項目ごとの誤り (per-field errors)") List<FieldError> errors) {

    /**
     * One field that broke one rule. An uploaded file's errors also name the line ({@code line}, the header being
     * line 1) and the value found there.
     */
    @Schema(name = "FieldError", requiredProperties = { "field", "rule", "message" })
    public record FieldError(
            @Schema(examples = "nameJa") String field,
            @Schema(examples = "NotBlank") String rule,
            @Schema(description = "誤りの説明。Content-Language の言語 (the message, in the Content-Language)",
                    examples = "空白は許可されていません") String message,
            @Schema(nullable = true,
                    description = "アップロードしたファイルの行番号。見出しが 1 行目 (line of an uploaded file; the header is line 1)",
                    examples = "3") Integer line,
            @Schema(nullable = true, description = "その行で見つかった値 (the value found on that line)",
                    examples = "12月") String value) {

        public FieldError(String field, String rule, String message) {
            this(field, rule, message, null, null);
        }
    }
}
