package jp.wardhub.platform;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body. {@code title} is Japanese, {@code titleEn} its English twin; neither ever
 * carries a class name, a stack trace or SQL.
 */
@Schema(name = "Problem", description = "RFC 9457 のエラー応答 (RFC 9457 problem details)",
        requiredProperties = { "type", "title", "titleEn", "status" }) // the rest is left out when there is none
public record Problem(
        @Schema(examples = "https://wardhub.city/problems/validation") URI type,
        @Schema(examples = "入力内容に誤りがあります") String title,
        @Schema(examples = "Invalid input") String titleEn,
        @Schema(examples = "400") int status,
        String detail,
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
            @Schema(examples = "必須です (required)") String message,
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
