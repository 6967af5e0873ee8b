package jp.wardhub.counter;

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
import jp.wardhub.counter.FaqViews.FaqInput;
import jp.wardhub.counter.FaqViews.FaqPage;
import jp.wardhub.counter.FaqViews.FaqView;
import jp.wardhub.platform.Responses;

@Path("/api/v1/faqs")
@Tag(name = "faqs", description = "Q&A・窓口マニュアル (the shared Q&A and counter manual)")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class FaqResource {

    private static final String IF_MATCH_DOC = "直前に読んだ ETag (the ETag you read)";

    @Inject
    FaqService faqs;

    @GET
    @Operation(summary = "Q&A を探す",
            description = "公開中の Q&A を検索する (全角半角・かなを区別しない)。職員向けの項目はサインインした職員だけに見える。職員は state で下書き・確認中も探せる。 Search published Q&A; staff-only entries reach signed-in staff only.")
    @APIResponse(responseCode = "200", description = "Q&A の一覧 (a page of entries)")
    public FaqPage listFaqs(@BeanParam FaqQuery query) {
        return faqs.list(query.filter(), query.pageRequest());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Q&A を 1 件見る",
            description = "公開中の版。職員には最新の版と、いまできる操作も。 The published revision; staff also see the latest one and the allowed actions.")
    @APIResponse(responseCode = "200", description = "Q&A (the entry)")
    public RestResponse<FaqView> getFaq(@Parameter(example = "1") @PathParam("id") long id) {
        return Responses.ok(faqs.get(id));
    }

    @POST
    @RolesAllowed({ "ADMIN", "HQ", "WARD" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Q&A を下書きする", description = "区・本庁の職員と管理者。 Ward and HQ staff and administrators.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "201", description = "下書き (the draft)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FaqView.class)))
    public RestResponse<FaqView> draftFaq(FaqInput input) {
        return Responses.created("/api/v1/faqs", faqs.draft(input));
    }

    @PUT
    @RolesAllowed({ "ADMIN", "HQ", "WARD" })
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Q&A を書き直す",
            description = "新しい版の下書きを作る。公開中の版は承認されるまでそのまま見える。If-Match 必須。 Adds a draft revision; the published one stays visible until approval.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "書き直した Q&A (the entry)")
    public RestResponse<FaqView> editFaq(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC, example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            FaqInput input) {
        return Responses.ok(faqs.edit(id, ifMatch, input));
    }

    @POST
    @RolesAllowed({ "ADMIN", "HQ", "WARD" })
    @Path("/{id}/submit")
    @Operation(summary = "Q&A を確認に回す", description = "下書き → 確認中。If-Match 必須。 Draft → in review.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "確認中の Q&A (the entry)")
    public RestResponse<FaqView> submitFaq(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC, example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(faqs.transition(id, ifMatch, FaqState.Action.SUBMIT));
    }

    @POST
    @RolesAllowed({ "ADMIN", "HQ" })
    @Path("/{id}/approve")
    @Operation(summary = "Q&A を承認して公開する",
            description = "所管課の職員と管理者。確認中 → 公開 (全区に)。 The owning section publishes it to every ward.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "公開した Q&A (the entry)")
    public RestResponse<FaqView> approveFaq(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC, example = "\"1\"")
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(faqs.transition(id, ifMatch, FaqState.Action.APPROVE));
    }

    @POST
    @RolesAllowed({ "ADMIN", "HQ" })
    @Path("/{id}/reject")
    @Operation(summary = "Q&A を差し戻す", description = "所管課の職員と管理者。確認中 → 下書き。 The owning section sends it back to draft.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "差し戻した Q&A (the entry)")
    public RestResponse<FaqView> rejectFaq(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC, example = "\"1\"")
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(faqs.transition(id, ifMatch, FaqState.Action.REJECT));
    }
}
