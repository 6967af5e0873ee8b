package jp.wardhub.auth;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jp.wardhub.auth.PartnerClientViews.PartnerClientCredentials;
import jp.wardhub.auth.PartnerClientViews.PartnerClientInput;
import jp.wardhub.auth.PartnerClientViews.PartnerClientPage;
import jp.wardhub.auth.PartnerClientViews.PartnerClientView;
import jp.wardhub.platform.Responses;
import jp.wardhub.platform.idempotency.Idempotency;

@Path("/api/v1/partner-clients")
@Tag(name = "partner-clients", description = "連携システムの管理 (partner client management)")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class PartnerClientResource {

    @Inject
    PartnerClientService clients;

    @GET
    @Operation(summary = "連携システムの一覧", description = "管理者のみ。シークレットは含まない。 Administrators only; never the secrets.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "連携システムの一覧 (a page of partner clients)")
    public PartnerClientPage listPartnerClients(@BeanParam PartnerClientQuery query) {
        return clients.list(query.pageRequest());
    }

    @GET
    @Path("/{clientId}")
    @Operation(summary = "連携システムを 1 件見る", description = "管理者のみ。 Administrators only.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "連携システム (the partner client)")
    public RestResponse<PartnerClientView> getPartnerClient(
            @Parameter(example = "city-web") @PathParam("clientId") String clientId) {
        return Responses.ok(clients.get(clientId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "連携システムを登録する",
            description = "管理者のみ。client_secret はサーバーが生成し、この応答でだけ示す (ハッシュで保存)。スコープは catalogue:read, voices:write, queue:issue (発券機。officeId 必須) から選ぶ。 Administrators only; the server makes the secret and shows it in this answer only.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "201", description = "登録した連携システムとシークレット (the client and its secret)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerClientCredentials.class)))
    @APIResponse(responseCode = "409", description = "client_id が使用済み (client id in use)")
    @APIResponse(responseCode = "422",
            description = "Idempotency-Key が別の内容で使用済み (Idempotency-Key reused with another body)")
    public RestResponse<PartnerClientCredentials> createPartnerClient(
            @Parameter(in = ParameterIn.HEADER, description = "再送しても 1 件だけ登録するためのキー (makes a retry safe)",
                    example = "partner-20261203-01")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            PartnerClientInput input) {
        return Responses.created("/api/v1/partner-clients", clients.create(idempotencyKey, input));
    }

    @POST
    @Path("/{clientId}/rotate-secret")
    @Operation(summary = "シークレットを再発行する",
            description = "管理者のみ。If-Match 必須。新しいシークレットはこの応答でだけ示す。それまでのトークンは次のリクエストから拒否される。 Administrators only; needs If-Match; the client's earlier tokens are refused from the next request on.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "新しいシークレット (the new secret)")
    @APIResponse(responseCode = "409", description = "失効済み (revoked)")
    public RestResponse<PartnerClientCredentials> rotatePartnerClientSecret(
            @Parameter(example = "city-web") @PathParam("clientId") String clientId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "直前に読んだ ETag (the ETag you read)",
                    example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(clients.rotateSecret(clientId, ifMatch));
    }

    @POST
    @Path("/{clientId}/revoke")
    @Operation(summary = "連携システムを失効させる",
            description = "管理者のみ。If-Match 必須。以後トークンは発行されず、発行済みのものも次のリクエストから拒否される。 Administrators only; needs If-Match; no new tokens, and existing ones are refused from the next request on.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "失効した連携システム (the revoked client)")
    public RestResponse<PartnerClientView> revokePartnerClient(
            @Parameter(example = "city-web") @PathParam("clientId") String clientId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "直前に読んだ ETag (the ETag you read)",
                    example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(clients.revoke(clientId, ifMatch));
    }
}
