package jp.wardhub.community;

import java.util.Locale;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jp.wardhub.community.ProjectInputs.ActivityInput;
import jp.wardhub.community.ProjectInputs.MilestoneInput;
import jp.wardhub.community.ProjectInputs.ProjectInput;
import jp.wardhub.community.ProjectViews.ActivityView;
import jp.wardhub.community.ProjectViews.MilestoneView;
import jp.wardhub.community.ProjectViews.ProjectPage;
import jp.wardhub.community.ProjectViews.ProjectStatsView;
import jp.wardhub.community.ProjectViews.ProjectView;
import jp.wardhub.platform.Csv;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.Responses;
import jp.wardhub.platform.idempotency.Idempotency;

@Path("/api/v1/community/projects")
@Tag(name = "community-projects",
        description = "まちづくり事業 (community projects): 主体の団体、担当の地域担当職員、拠点施設、節目、活動記録、関連する申請と区民の声。公開の事業はトークンなしで読める")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class ProjectResource {

    private static final String IF_MATCH_DOC = "直前に読んだ ETag (the ETag you read)";

    @Inject
    ProjectService projects;

    @GET
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(summary = "まちづくり事業を探す",
            description = "新しい順。トークンなし・連携システムには公開の事業だけ。区職員・地域担当職員は公開の事業と自分の区の事業、管理者と本庁職員はすべて。mine=true で自分が担当の事業 (地域担当職員の「担当地域」)。 Newest first. Without a token (and for partners) public projects only; ward staff add their ward's internal ones; mine=true lists those assigned to you.")
    @APIResponse(responseCode = "200", description = "事業の一覧 (a page of projects)")
    public ProjectPage listCommunityProjects(@BeanParam ProjectQuery query,
            @Parameter(example = "0") @QueryParam("page") String page,
            @Parameter(example = "20") @QueryParam("size") String size) {
        return projects.list(query.filter(), PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(summary = "まちづくり事業を 1 件見る",
            description = "節目と活動記録つき。職員には担当職員・関連する申請と区民の声も。見られない庁内限りの事業は 404。 With milestones and the activity log; staff also see the liaison staff, applications and voices. An internal project you may not see is a 404.")
    @APIResponse(responseCode = "200", description = "事業 (the project)")
    public RestResponse<ProjectView> getCommunityProject(@Parameter(example = "1") @PathParam("id") long id) {
        return Responses.ok(projects.get(id));
    }

    @POST
    @RolesAllowed({ "ADMIN", "WARD" })
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "まちづくり事業を登録する",
            description = "構想 (IDEA) として始まる。その区の区職員と管理者。団体・担当職員・申請・声・拠点施設は事業と同じ区のもの。 Starts as an idea. The ward's WARD staff and administrators; every link must belong to the project's ward.")
    @APIResponse(responseCode = "201", description = "登録した事業 (the project)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key が別の内容で使用済み (key reused with another body)")
    public RestResponse<ProjectView> createCommunityProject(
            @Parameter(in = ParameterIn.HEADER, description = "再送しても 1 件だけ登録するためのキー (retry-safe create key)",
                    example = "project-20261126-0001")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            ProjectInput input) {
        return Responses.created("/api/v1/community/projects", projects.create(input, idempotencyKey));
    }

    @PUT
    @RolesAllowed({ "ADMIN", "WARD", "LIAISON" })
    @Path("/{id}")
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "まちづくり事業を更新する",
            description = "内容とつながりを置き換える。区職員・担当の地域担当職員と管理者 (団体と担当職員の変更は区職員と管理者だけ)。If-Match 必須。 Replaces the project; the ward's WARD staff, assigned liaison staff and administrators (only WARD staff and administrators reassign groups and liaison staff).")
    @APIResponse(responseCode = "200", description = "更新した事業 (the project)")
    public RestResponse<ProjectView> updateCommunityProject(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC, example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            ProjectInput input) {
        return Responses.ok(projects.update(id, ifMatch, input));
    }

    @POST
    @RolesAllowed({ "ADMIN", "WARD", "LIAISON" })
    @Path("/{id}/{action: plan|start|complete|pause|resume}")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "事業の状態を進める",
            description = "plan (構想→計画中), start (→実施中), complete (→完了), pause (→休止), resume (休止前の状態へ)。できない操作は 409 (できる操作を示す)。If-Match 必須。 Moves the project on; an action its state does not allow is a 409 naming those it does.")
    @APIResponse(responseCode = "200", description = "事業 (the project)")
    public RestResponse<ProjectView> moveCommunityProject(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(description = "操作 (action)", example = "plan") @PathParam("action") String action,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC, example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch) {
        return Responses
                .ok(projects.transition(id, ifMatch, ProjectStatus.Action.valueOf(action.toUpperCase(Locale.ROOT))));
    }

    @POST
    @RolesAllowed({ "ADMIN", "WARD", "LIAISON" })
    @Path("/{id}/milestones")
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "事業に節目を加える",
            description = "区職員・担当の地域担当職員と管理者。 The ward's WARD staff, assigned liaison staff and administrators.")
    @APIResponse(responseCode = "201", description = "加えた節目 (the milestone)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MilestoneView.class)))
    public RestResponse<MilestoneView> addCommunityProjectMilestone(@Parameter(example = "1") @PathParam("id") long id,
            MilestoneInput input) {
        MilestoneView m = projects.addMilestone(id, input);
        return Responses.created("/api/v1/community/projects/" + id + "/milestones",
                new Idempotency.Created<>(Long.toString(m.id()), m, false));
    }

    @PUT
    @RolesAllowed({ "ADMIN", "WARD", "LIAISON" })
    @Path("/{id}/milestones/{milestoneId}")
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "節目を更新する",
            description = "名前・期日・完了。If-Match 必須 (節目の ETag)。 Title, due date, done; If-Match with the milestone's ETag.")
    @APIResponse(responseCode = "200", description = "節目 (the milestone)")
    public RestResponse<MilestoneView> updateCommunityProjectMilestone(
            @Parameter(example = "1") @PathParam("id") long id,
            @Parameter(example = "1") @PathParam("milestoneId") long milestoneId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC, example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            MilestoneInput input) {
        return Responses.ok(projects.updateMilestone(id, milestoneId, ifMatch, input));
    }

    @POST
    @RolesAllowed({ "ADMIN", "WARD", "LIAISON" })
    @Path("/{id}/activities")
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "活動を記録する",
            description = "行った日 (今日まで)・内容・参加者数。記録は追加だけで書き換えない。区職員・担当の地域担当職員と管理者。 Logs what happened (on or before today); entries are added, never edited.")
    @APIResponse(responseCode = "200", description = "記録した活動 (the entry)")
    public ActivityView addCommunityProjectActivity(@Parameter(example = "1") @PathParam("id") long id,
            ActivityInput input) {
        return projects.addActivity(id, input);
    }

    @GET
    @Path("/stats")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "区ごと・状態ごとの事業数",
            description = "見られる事業を区 × 状態で数える。職員と管理者。 Projects per ward and status, over those you may see; staff only.")
    @APIResponse(responseCode = "200", description = "集計 (the counts)")
    public ProjectStatsView communityProjectStats() {
        return projects.stats();
    }

    @GET
    @Path("/export.csv")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "事業の一覧を CSV で出力する",
            description = "一覧と同じ絞り込み (UTF-8, BOM 付き)。職員名・個人情報は含まない。職員と管理者。 The list's filters as CSV; no staff names or personal data.")
    @APIResponse(responseCode = "200", description = "CSV")
    public RestResponse<String> exportCommunityProjectsCsv(@BeanParam ProjectQuery query) {
        return Csv.attachment(projects.exportCsv(query.filter()), "community-projects.csv");
    }
}
