package jp.wardhub.organization;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jp.wardhub.organization.OrganizationInputs.BureauInput;
import jp.wardhub.organization.OrganizationViews.BureauView;
import jp.wardhub.platform.Responses;
import jp.wardhub.platform.idempotency.Idempotency.Created;

@Path("/api/v1/bureaus")
@Tag(name = "bureaus", description = "本庁の局と課 (HQ bureaus and sections)")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class BureauResource {

    @Inject
    OrganizationService organization;

    @GET
    @Operation(summary = "局と課の一覧", description = "本庁のすべての局と、その課。 All HQ bureaus with their sections.")
    @APIResponse(responseCode = "200", description = "局の一覧 (the bureaus)")
    public List<BureauView> listBureaus() {
        return organization.bureaus();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "局を 1 件見る", description = "局とその課。ETag つき。 One bureau with its sections and ETag.")
    @APIResponse(responseCode = "200", description = "局 (the bureau)")
    public RestResponse<BureauView> getBureau(@Parameter(example = "policy") @PathParam("code") String code) {
        return Responses.ok(organization.bureau(code));
    }

    @POST
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "局を登録する", description = "管理者のみ。 Administrators only.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "201", description = "登録した局 (the created bureau)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BureauView.class)))
    @APIResponse(responseCode = "409", description = "局コードまたは課コードが使用済み (code in use)")
    public RestResponse<BureauView> createBureau(BureauInput input) {
        BureauView created = organization.createBureau(input);
        return Responses.created("/api/v1/bureaus", new Created<>(created.code(), created, false));
    }

    @PUT
    @RolesAllowed("ADMIN")
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "局を更新する",
            description = "管理者のみ。課の一覧は丸ごと置き換える。If-Match 必須。 Administrators only; sections are replaced as a whole; needs If-Match.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "更新後の局 (the updated bureau)")
    @APIResponse(responseCode = "409",
            description = "課コードが他の局で使用済み、または外す課を職員・手続きなどが参照している (section code in use elsewhere, or a dropped section still in use)")
    public RestResponse<BureauView> updateBureau(@Parameter(example = "policy") @PathParam("code") String code,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "直前に読んだ ETag (the ETag you read)",
                    example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            BureauInput input) {
        return Responses.ok(organization.updateBureau(code, ifMatch, input));
    }
}
