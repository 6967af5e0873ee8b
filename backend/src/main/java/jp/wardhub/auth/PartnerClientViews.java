package jp.wardhub.auth;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jp.wardhub.platform.Versioned;

/** Partner client request and response bodies. The secret appears only in the answer that creates or rotates it. */
public final class PartnerClientViews {

    private PartnerClientViews() {
    }

    @Schema(name = "PartnerClientInput", description = "連携システムの登録 (registering a partner system)")
    public record PartnerClientInput(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{2,49}") @Schema(
                    description = "client_id (英小文字・数字・ハイフン 3〜50 文字)", examples = "ward-kiosk") String clientId,
            @NotBlank @Size(max = 200) @Schema(examples = "区役所受付端末") String name,
            @NotEmpty @Size(max = 10) @Schema(
                    description = "許可するスコープ: catalogue:read, voices:write, queue:issue (granted scopes)",
                    examples = "[\"catalogue:read\"]") List<@NotNull String> scopes,
            @Schema(nullable = true,
                    description = "発券端末の施設 ID。queue:issue には必須で、ほかのスコープでは指定しない (the office a kiosk issues tickets for: required with queue:issue, not allowed otherwise)",
                    examples = "1") Long officeId) {
    }

    @Schema(name = "PartnerClient", description = "連携システム (a partner system); 秘密情報は含まない (never its secret)")
    public record PartnerClientView(
            @Schema(examples = "city-web") String clientId,
            @Schema(examples = "熊本市ホームページ") String name,
            List<String> scopes,
            @Schema(nullable = true, description = "発券端末の施設 ID (a kiosk's office)") Long officeId,
            @Schema(description = "false なら失効済み (false once revoked)") boolean active,
            @Schema(nullable = true) Instant createdAt,
            long version) implements Versioned {
    }

    @Schema(name = "PartnerClientCredentials",
            description = "登録またはシークレット再発行の応答。clientSecret はこの応答でしか見られない (the secret is shown in this answer only)")
    public record PartnerClientCredentials(
            String clientId,
            String name,
            List<String> scopes,
            @Schema(nullable = true) Long officeId,
            boolean active,
            @Schema(nullable = true) Instant createdAt,
            long version,
            @Schema(nullable = true,
                    description = "client_secret。保存されるのはハッシュだけで、再表示できない。Idempotency-Key の再送応答には含まれない (stored hashed only; absent from an idempotent replay)") String clientSecret)
            implements Versioned {

        static PartnerClientCredentials of(PartnerClientView v, String secret) {
            return new PartnerClientCredentials(v.clientId(), v.name(), v.scopes(), v.officeId(), v.active(),
                    v.createdAt(), v.version(), secret);
        }
    }

    @Schema(name = "PartnerClientPage")
    public record PartnerClientPage(List<PartnerClientView> items, int page, int size, long total) {
    }
}
