package jp.wardhub.auth;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import jp.wardhub.organization.OrganizationViews.BureauRef;
import jp.wardhub.organization.OrganizationViews.SectionView;
import jp.wardhub.organization.OrganizationViews.WardRef;

/** Sign-in request and response bodies. */
public final class AuthViews {

    private AuthViews() {
    }

    @Schema(name = "LoginRequest", description = "職員のサインイン (staff sign-in)")
    public record LoginRequest(
            @NotBlank @Size(max = 50) @Schema(examples = "chuo") String username,
            @NotBlank @Size(max = 128) @Schema(examples = "wardhub-demo") String password) {
    }

    @Schema(name = "LoginResponse", description = "発行したトークンとサインインした職員 (the token and who signed in)")
    public record LoginResponse(
            @Schema(description = "RS256 の JWT") String accessToken,
            @Schema(examples = "Bearer") String tokenType,
            @Schema(description = "有効期間 (秒) (lifetime in seconds)", examples = "1800") long expiresIn,
            Me user) {
    }

    @Schema(name = "Me", description = "サインイン中の利用者 (the signed-in caller)")
    public record Me(
            @Schema(examples = "chuo") String username,
            @Schema(examples = "中央 花子") String displayName,
            Role role,
            @Schema(nullable = true) WardRef ward,
            @Schema(nullable = true) BureauRef bureau,
            @Schema(nullable = true) SectionView section,
            @Schema(description = "連携システムのスコープ (partner scopes)") List<String> scopes,
            @Schema(description = "パスワードを変更するまで他の操作はできない (no other operation until the password is changed)") boolean passwordChangeRequired) {
    }

    @Schema(name = "PasswordChange", description = "自分のパスワードの変更 (changing one's own password)")
    public record PasswordChange(
            @NotBlank @Size(max = 128) String currentPassword,
            @NotBlank @Size(min = 12,
                    max = 128) @Schema(description = "12 文字以上 (at least 12 characters)") String newPassword) {
    }

    @Schema(name = "TokenResponse", description = "OAuth2 のアクセストークン応答 (RFC 6749 §5.1)")
    public record TokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") @Schema(examples = "Bearer") String tokenType,
            @JsonProperty("expires_in") @Schema(examples = "900") long expiresIn,
            @Schema(examples = "voices:write catalogue:read") String scope) {
    }
}
