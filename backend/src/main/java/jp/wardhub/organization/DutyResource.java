package jp.wardhub.organization;

import java.util.List;

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

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jp.wardhub.organization.DutyViews.DutyInput;
import jp.wardhub.organization.DutyViews.DutyPage;
import jp.wardhub.organization.DutyViews.DutyView;
import jp.wardhub.platform.Responses;
import jp.wardhub.platform.audit.AuditEntry;

/** 事務分担: staff look up who does what; the contact section keeps each entry. */
@Path("/api/v1/duties")
@Tag(name = "duties", description = "本庁と区の事務分担 (the division of duties between HQ and the wards)")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class DutyResource {

    @Inject
    DutyService duties;

    @GET
    @Operation(summary = "事務分担を探す",
            description = "キーワード (全角半角・かなを区別しない)、担当 (本庁・区・共同)、理由、問合せ先の課で絞り込む。職員のみ。 Search the duties; staff only.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "事務分担の一覧 (a page of duties)")
    public DutyPage listDuties(@BeanParam DutyQuery query) {
        return duties.list(query.filter(), query.pageRequest());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "事務分担を 1 件見る", description = "ETag つき。 One duty, with its ETag.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "事務分担 (the duty)")
    public RestResponse<DutyView> getDuty(@Parameter(example = "1") @PathParam("id") long id) {
        return Responses.ok(duties.get(id));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "事務分担の変更履歴", description = "誰が・いつ・何を変えたか、新しい順。 Who changed what and when, newest first.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "変更履歴 (the changes)")
    public List<AuditEntry> getDutyHistory(@Parameter(example = "1") @PathParam("id") long id) {
        return duties.history(id);
    }

    @POST
    @RolesAllowed({ "ADMIN", "HQ" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "事務分担を登録する",
            description = "問合せ先の課の本庁職員と管理者。 The contact section's HQ staff and administrators.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "201", description = "登録した事務分担 (the created duty)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DutyView.class)))
    public RestResponse<DutyView> createDuty(DutyInput input) {
        return Responses.created("/api/v1/duties", duties.create(input));
    }

    @PUT
    @RolesAllowed({ "ADMIN", "HQ" })
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "事務分担を更新する",
            description = "問合せ先の課の本庁職員と管理者。If-Match 必須。 The contact section and administrators; needs If-Match.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "更新後の事務分担 (the updated duty)")
    public RestResponse<DutyView> updateDuty(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "直前に読んだ ETag (the ETag you read)",
                    example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            DutyInput input) {
        return Responses.ok(duties.update(id, ifMatch, input));
    }
}
