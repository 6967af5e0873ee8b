package jp.wardhub.auth;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import io.vertx.core.http.HttpServerRequest;
import jp.wardhub.auth.AuthViews.LoginRequest;
import jp.wardhub.auth.AuthViews.LoginResponse;
import jp.wardhub.auth.AuthViews.Me;
import jp.wardhub.auth.AuthViews.PasswordChange;
import jp.wardhub.auth.AuthViews.TokenResponse;
import jp.wardhub.platform.ClientAddress;
import jp.wardhub.platform.Problem;
import jp.wardhub.platform.Problems;

@Path("/api/v1")
@Tag(name = "auth", description = "サインインとトークン (sign-in and tokens)")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class AuthResource {

    @Inject
    AuthService auth;

    @POST
    @Path("/auth/login")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "職員がサインインする",
            description = "ユーザー名とパスワードで短期間有効な JWT を得る。失敗が続くとアカウント単位・接続元単位で 429 になる。 Staff sign-in; returns a short-lived JWT. Repeated failures per account or address get 429.")
    @APIResponse(responseCode = "200", description = "サインインした (signed in)")
    @APIResponse(responseCode = "401", description = "ユーザー名またはパスワードが違う (wrong username or password)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429",
            description = "失敗が多すぎる。Retry-After 秒待つ (too many failures; wait Retry-After seconds)",
            headers = @Header(name = "Retry-After", description = "待つ秒数 (seconds to wait)",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER)),
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LoginResponse login(@NotNull @Valid LoginRequest request, HttpServerRequest http) {
        return auth.login(request, ClientAddress.of(http));
    }

    @POST
    @Path("/auth/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "連携システムがトークンを得る",
            description = "OAuth2 client credentials (RFC 6749 §4.4)。client_id と client_secret は本文か HTTP Basic で送る。失敗が続くとクライアント単位・接続元単位で 429 になる。 OAuth2 client credentials; send the client id and secret in the form or as HTTP Basic. Repeated failures per client or address get 429.")
    @APIResponse(responseCode = "200", description = "トークン (the token)")
    @APIResponse(responseCode = "401", description = "クライアント認証の失敗 (client authentication failed)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429",
            description = "失敗が多すぎる。Retry-After 秒待つ (too many failures; wait Retry-After seconds)",
            headers = @Header(name = "Retry-After", description = "待つ秒数 (seconds to wait)",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER)),
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TokenResponse token(
            @Parameter(example = "client_credentials") @FormParam("grant_type") String grantType,
            @Parameter(example = "city-web") @FormParam("client_id") String clientId,
            @FormParam("client_secret") String clientSecret,
            @Parameter(example = "catalogue:read") @FormParam("scope") String scope,
            @Parameter(in = ParameterIn.HEADER, description = "Basic 認証で送る場合 (HTTP Basic client authentication)",
                    hidden = true)
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            HttpServerRequest http) {
        BasicCredentials basic = BasicCredentials.parse(authorization);
        if (basic != null) {
            clientId = basic.id();
            clientSecret = basic.secret();
        }
        return auth.clientCredentials(grantType, clientId, clientSecret, scope, ClientAddress.of(http));
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(summary = "自分の情報を見る",
            description = "トークンの持ち主: 役割、区・局・課、スコープ。 Who the token belongs to: role, ward, bureau, section, scopes.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "サインイン中の利用者 (the caller)")
    public Me me() {
        return auth.me();
    }

    @POST
    @Path("/me/password")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "自分のパスワードを変更する",
            description = "現在のパスワードと新しいパスワード (12 文字以上) を送る。それまでのトークンはすべて無効になり、応答に新しいトークンが入る。 Changes the caller's password; every earlier token is refused afterwards and the answer carries a new one.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "変更した。新しいトークン (changed; a new token)")
    @APIResponse(responseCode = "400",
            description = "現在のパスワードが違う、または新しいパスワードが短い (wrong current password, or the new one is too short)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "失敗が多すぎる (too many failures)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LoginResponse changeMyPassword(@NotNull @Valid PasswordChange request, HttpServerRequest http) {
        return auth.changePassword(request, ClientAddress.of(http));
    }

    /** {@code Authorization: Basic base64(id:secret)}, or null when the header is absent or not Basic. */
    record BasicCredentials(String id, String secret) {
        static BasicCredentials parse(String header) {
            if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
                return null;
            }
            try {
                String decoded = new String(java.util.Base64.getDecoder().decode(header.substring(6).trim()),
                        java.nio.charset.StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? null
                        : new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
