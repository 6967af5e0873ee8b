package jp.wardhub.organization;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import io.smallrye.common.annotation.RunOnVirtualThread;
import jp.wardhub.organization.OrganizationInputs.OfficeInput;
import jp.wardhub.organization.OrganizationViews.OfficePage;
import jp.wardhub.organization.OrganizationViews.OfficeView;
import jp.wardhub.platform.Responses;
import jp.wardhub.platform.idempotency.Idempotency;

// Class path /api/v1 (not /api/v1/offices) so that other features can add /offices/{id}/... resources beside it.
@Path("/api/v1")
@Tag(name = "offices", description = "施設 (offices and community facilities)")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class OfficeResource {

    @Inject
    OfficeService offices;

    @GET
    @Path("/offices")
    @Operation(summary = "施設を探す",
            description = "区・種類・キーワード (名称・かな・英語名・住所。全角半角・ひらがなカタカナを区別しない) で施設を絞り込む。 Lists offices by ward, type and free text (width- and kana-insensitive).")
    @APIResponse(responseCode = "200", description = "施設の一覧 (a page of offices)")
    public OfficePage listOffices(@BeanParam OfficeQuery query) {
        return offices.list(query.filter(), query.pageRequest());
    }

    @GET
    @Path("/offices/{id}")
    @Operation(summary = "施設を 1 件見る", description = "施設の詳細。ETag つき。 One office, with its ETag.")
    @APIResponse(responseCode = "200", description = "施設 (the office)")
    public RestResponse<OfficeView> getOffice(@Parameter(example = "2") @PathParam("id") long id) {
        return Responses.ok(offices.get(id));
    }

    @POST
    @RolesAllowed("ADMIN")
    @Path("/offices")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "施設を登録する",
            description = "管理者のみ。Idempotency-Key を付ければ再送しても 1 件だけ登録される。 Administrators only; safe to retry with an Idempotency-Key.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "201", description = "登録した施設 (the created office)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OfficeView.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key が別の内容で使用済み (key reused with another body)")
    public RestResponse<OfficeView> createOffice(
            @Parameter(in = ParameterIn.HEADER, description = "再送しても 1 回だけ登録するためのキー (retry-safe create key)",
                    example = "7d9f3c1e-office-001")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            OfficeInput input) {
        return Responses.created("/api/v1/offices", offices.create(input, idempotencyKey));
    }

    @PUT
    @RolesAllowed("ADMIN")
    @Path("/offices/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "施設を更新する",
            description = "管理者のみ。直前に読んだ ETag を If-Match で送る。 Administrators only; send the ETag you read in If-Match.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "更新後の施設 (the updated office)")
    public RestResponse<OfficeView> updateOffice(@Parameter(example = "2") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "直前に読んだ ETag (the ETag you read)",
                    example = "\"3\"")
            @HeaderParam("If-Match") String ifMatch,
            OfficeInput input) {
        return Responses.ok(offices.update(id, ifMatch, input));
    }
}
