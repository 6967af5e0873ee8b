package jp.wardhub.proposal;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.QueryParams;
import jp.wardhub.platform.Responses;
import jp.wardhub.platform.idempotency.Idempotency;
import jp.wardhub.proposal.ProposalInputs.AnswerInput;
import jp.wardhub.proposal.ProposalInputs.MilestoneInput;
import jp.wardhub.proposal.ProposalInputs.ProgressInput;
import jp.wardhub.proposal.ProposalInputs.ProposalInput;
import jp.wardhub.proposal.ProposalInputs.SubmitInput;
import jp.wardhub.proposal.ProposalViews.AnswerView;
import jp.wardhub.proposal.ProposalViews.MilestoneView;
import jp.wardhub.proposal.ProposalViews.ProposalPage;
import jp.wardhub.proposal.ProposalViews.ProposalView;
import jp.wardhub.proposal.ProposalViews.StatsView;

@Path("/api/v1/proposals")
@Tag(name = "proposals",
        description = "区提案: 区が起案し本庁の局が回答する政策提案・事業提案・予算要望 (ward-born policy proposals answered by HQ bureaus)")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
@Authenticated
@SecurityRequirement(name = "bearer")
public class ProposalResource {

    private static final String IF_MATCH_DOC = "直前に読んだ ETag (the ETag you read)";
    private static final String ANSWER_IF_MATCH_DOC = "直前に読んだ回答の ETag (the ETag of the answer you read)";
    private static final String KEY_DOC = "再送しても 1 回だけ登録するためのキー (retry-safe create key)";

    @Inject
    ProposalService proposals;

    @Inject
    ProposalAnswerService answers;

    @Inject
    ProposalProgressService progress;

    @Inject
    ProposalStatsService stats;

    @GET
    @Operation(summary = "区提案を探す",
            description = "区職員には自区の提案、本庁職員には自局あての提案と回答が公開された提案、管理者にはすべて。新しい順。overdue=true で回答期限を過ぎた提案。 Ward staff see their ward's proposals, HQ staff those addressed to their bureau and those with a published answer, administrators all; newest first. overdue=true lists proposals with an answer past due.")
    @APIResponse(responseCode = "200", description = "区提案の一覧 (a page of proposals)")
    public ProposalPage listProposals(@BeanParam ProposalQuery query,
            @Parameter(example = "0") @QueryParam("page") String page,
            @Parameter(example = "20") @QueryParam("size") String size) {
        return proposals.list(query.filter(), PageRequest.of(page, size));
    }

    @POST
    @RolesAllowed({ "ADMIN", "WARD" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "区提案を起案する",
            description = "その区の区職員と管理者。根拠として区民の声の受付番号と数値を添えられる。 The ward's own staff and administrators; residents' voices (by reference number) and figures may back it.")
    @APIResponse(responseCode = "201", description = "起案した区提案 (the draft)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key が別の内容で使用済み (key reused with another body)")
    public RestResponse<ProposalView> draftProposal(
            @Parameter(in = ParameterIn.HEADER, description = KEY_DOC, example = "3b0e6a52-proposal-001")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            ProposalInput input) {
        return Responses.created("/api/v1/proposals", proposals.draft(input, idempotencyKey));
    }

    @GET
    @Path("/stats")
    @Operation(summary = "区提案の反映状況を集計する",
            description = "公開済みの回答を局別・区別・年度別に数え、提案単位 (1 局でも採用・一部採用なら反映) と局別回答単位の反映率を出す。 Published answers by bureau, ward or fiscal year, with the reflection rate per proposal and per bureau request.")
    @APIResponse(responseCode = "200", description = "集計 (the figures)")
    public StatsView getProposalStats(
            @Parameter(description = "集計の単位 (grouping)",
                    schema = @Schema(enumeration = { "bureau", "ward", "fiscalYear" }, defaultValue = "bureau"))
            @QueryParam("groupBy") String groupBy,
            @Parameter(description = "年度で絞る (only this fiscal year)", example = "2025")
            @QueryParam("fiscalYear") String fiscalYear) {
        return stats.stats(ProposalStatsService.Grouping.parse(groupBy),
                QueryParams.fiscalYear("fiscalYear", fiscalYear));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "区提案を 1 件見る",
            description = "回答は見てよい範囲で (区には公開前の回答の内容は見えない)、マイルストーンと経過つき。 With the answers as the caller may see them (a ward never sees an unpublished answer's content), milestones and timeline.")
    @APIResponse(responseCode = "200", description = "区提案 (the proposal)")
    public RestResponse<ProposalView> getProposal(@Parameter(example = "1") @PathParam("id") long id) {
        return Responses.ok(proposals.get(id));
    }

    @PUT
    @RolesAllowed({ "ADMIN", "WARD" })
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "区提案を修正する",
            description = "起案中のみ。その区の区職員と管理者。If-Match 必須。 Drafts only; the ward's own staff and administrators.")
    @APIResponse(responseCode = "200", description = "修正した区提案 (the proposal)")
    public RestResponse<ProposalView> editProposal(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC, example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            ProposalInput input) {
        return Responses.ok(proposals.edit(id, ifMatch, input));
    }

    @POST
    @RolesAllowed({ "ADMIN", "WARD" })
    @Path("/{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "区提案を局に提出する",
            description = "提出先の局ごとに回答期限つきの回答枠を作り、局の職員に通知する。If-Match 必須。 Creates an answer slot with a due date for each bureau and notifies its staff.")
    @APIResponse(responseCode = "200", description = "提出した区提案 (the proposal)")
    public RestResponse<ProposalView> submitProposal(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC, example = "\"1\"")
            @HeaderParam("If-Match") String ifMatch,
            SubmitInput input) {
        return Responses.ok(proposals.submit(id, ifMatch, input));
    }

    @POST
    @RolesAllowed({ "ADMIN", "WARD" })
    @Path("/{id}/withdraw")
    @Operation(summary = "区提案を取り下げる",
            description = "起案中・提出済み (回答がそろう前) のみ。その区の区職員と管理者。If-Match 必須。 Drafts and submitted proposals only.")
    @APIResponse(responseCode = "200", description = "取り下げた区提案 (the proposal)")
    public RestResponse<ProposalView> withdrawProposal(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC, example = "\"2\"")
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(proposals.withdraw(id, ifMatch));
    }

    @POST
    @RolesAllowed("HQ")
    @Path("/{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "区提案に局として回答する",
            description = "提出先の局の本庁職員のみ (自局の回答枠)。承認されるまでは書き直せる。If-Match は回答の ETag。 HQ staff of an addressed bureau answer for their bureau; revisable until approved.")
    @APIResponse(responseCode = "200", description = "局の回答 (the answer)")
    public RestResponse<AnswerView> answerProposal(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = ANSWER_IF_MATCH_DOC, example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            AnswerInput input) {
        return Responses.ok(answers.answer(id, ifMatch, input));
    }

    @GET
    @Path("/{id}/answers/{bureau}")
    @Operation(summary = "局の回答を見る",
            description = "公開前の内容は回答する局と管理者だけに見える。 Before publication only the bureau and administrators see the content.")
    @APIResponse(responseCode = "200", description = "局の回答 (the answer)")
    public RestResponse<AnswerView> getProposalAnswer(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(example = "urban-construction") @PathParam("bureau") String bureau) {
        return Responses.ok(proposals.answer(id, bureau));
    }

    @POST
    @RolesAllowed({ "ADMIN", "HQ" })
    @Path("/{id}/answers/{bureau}/approve")
    @Operation(summary = "局の回答を承認する",
            description = "同じ局の回答者以外の職員か管理者。If-Match は回答の ETag。 Staff of the same bureau other than the author, or administrators.")
    @APIResponse(responseCode = "200", description = "承認した回答 (the answer)")
    public RestResponse<AnswerView> approveProposalAnswer(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(example = "urban-construction") @PathParam("bureau") String bureau,
            @Parameter(in = ParameterIn.HEADER, required = true, description = ANSWER_IF_MATCH_DOC, example = "\"1\"")
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(answers.approve(id, bureau, ifMatch));
    }

    @POST
    @RolesAllowed({ "ADMIN", "HQ" })
    @Path("/{id}/answers/{bureau}/publish")
    @Operation(summary = "局の回答を区に公開する",
            description = "承認済みの回答を公開し、区の職員に通知する。全局の回答が公開されると提案は回答済みになる。 Publishes an approved answer and notifies the ward; once every bureau's answer is published the proposal is answered.")
    @APIResponse(responseCode = "200", description = "公開した回答 (the answer)")
    public RestResponse<AnswerView> publishProposalAnswer(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(example = "urban-construction") @PathParam("bureau") String bureau,
            @Parameter(in = ParameterIn.HEADER, required = true, description = ANSWER_IF_MATCH_DOC, example = "\"2\"")
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(answers.publish(id, bureau, ifMatch));
    }

    @POST
    @RolesAllowed({ "ADMIN", "HQ" })
    @Path("/{id}/milestones")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "マイルストーンを追加する",
            description = "採用・一部採用した局の職員と管理者。最初の追加で提案は実施中になる。 Staff of an adopting bureau and administrators; the first one puts the proposal in progress.")
    @APIResponse(responseCode = "201", description = "追加したマイルストーン (the milestone)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key が別の内容で使用済み (key reused with another body)")
    public RestResponse<MilestoneView> addProposalMilestone(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, description = KEY_DOC, example = "3b0e6a52-milestone-001")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            MilestoneInput input) {
        return Responses.created("/api/v1/proposals/" + id + "/milestones",
                progress.addMilestone(id, input, idempotencyKey));
    }

    @GET
    @Path("/{id}/milestones/{milestoneId}")
    @Operation(summary = "マイルストーンを 1 件見る",
            description = "ETag は更新するときの If-Match に使う。 Its ETag is the If-Match for updating it.")
    @APIResponse(responseCode = "200", description = "マイルストーン (the milestone)")
    public RestResponse<MilestoneView> getProposalMilestone(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(example = "3") @PathParam("milestoneId") long milestoneId) {
        return Responses.ok(progress.milestone(id, milestoneId));
    }

    @PUT
    @RolesAllowed({ "ADMIN", "HQ" })
    @Path("/{id}/milestones/{milestoneId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "マイルストーンを更新する",
            description = "済みにする・期日を変えるなど。採用した局の職員と管理者。If-Match はマイルストーンの ETag。 Mark done or change it; staff of an adopting bureau and administrators.")
    @APIResponse(responseCode = "200", description = "更新したマイルストーン (the milestone)")
    public RestResponse<MilestoneView> updateProposalMilestone(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(example = "3") @PathParam("milestoneId") long milestoneId,
            @Parameter(in = ParameterIn.HEADER, required = true,
                    description = "直前に読んだマイルストーンの ETag (the ETag of the milestone you read)", example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            MilestoneInput input) {
        return Responses.ok(progress.updateMilestone(id, milestoneId, ifMatch, input));
    }

    @PUT
    @RolesAllowed({ "ADMIN", "HQ" })
    @Path("/{id}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "進捗率を報告する",
            description = "採用・一部採用した局の職員と管理者。100% で完了になり区に通知する。If-Match 必須。 Staff of an adopting bureau and administrators; 100% completes the proposal and tells the ward.")
    @APIResponse(responseCode = "200", description = "区提案 (the proposal)")
    public RestResponse<ProposalView> setProposalProgress(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC, example = "\"5\"")
            @HeaderParam("If-Match") String ifMatch,
            ProgressInput input) {
        return Responses.ok(progress.setProgress(id, ifMatch, input));
    }
}
