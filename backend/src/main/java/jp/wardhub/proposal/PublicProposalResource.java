package jp.wardhub.proposal;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jp.wardhub.platform.Csv;
import jp.wardhub.platform.OpenData;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.proposal.PublicProposalViews.ProposalDataset;
import jp.wardhub.proposal.PublicProposalViews.ProposalPage;
import jp.wardhub.proposal.PublicProposalViews.ProposalView;

/** 区提案の結果, for anyone without a sign-in. The class path is {@code /api/v1}, as every feature's that shares a prefix. */
@Path("/api/v1")
@Tag(name = "proposal-results",
        description = "区提案の結果 (proposal outcomes): 局の回答が公開された区提案、各局の回答、マイルストーンと進捗。サインイン不要。オープンデータは CC BY 4.0")
@RunOnVirtualThread
public class PublicProposalResource {

    @Inject
    PublicProposalService proposals;

    @GET
    @Path("/public/proposals")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "区提案の結果を探す",
            description = "局の回答が 1 つ以上公開された区提案 (取り下げたものを除く)。年度の新しい順。公開された回答の区分だけを示し、公開前の回答・経過のメモ・職員の名前は含まない。year は提案の年度。 Proposals with at least one published bureau answer (withdrawn ones left out), newest fiscal year first; only published answers.")
    @APIResponse(responseCode = "200", description = "区提案の結果の一覧 (a page of outcomes)")
    @APIResponse(responseCode = "400", description = "条件の誤り (a bad filter, named in errors[].field)")
    public ProposalPage listPublicProposals(@BeanParam PublicProposalQuery query,
            @Parameter(example = "0") @QueryParam("page") String page,
            @Parameter(example = "20") @QueryParam("size") String size) {
        return proposals.list(proposals.filter(query), PageRequest.of(page, size));
    }

    @GET
    @Path("/public/proposals.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "区提案の結果 (CSV)",
            description = "一覧と同じ条件で、公開された局の回答 1 件を 1 行に (UTF-8, BOM 付き)。" + PublicProposalService.EXPORT_MAX_ROWS
                    + " 件の提案まで。" + OpenData.TERMS + " One row per published bureau answer.")
    @APIResponse(responseCode = "200", description = "CSV")
    @APIResponse(responseCode = "400", description = "条件の誤り (a bad filter)")
    @APIResponse(responseCode = "422", description = "件数が多すぎる (too many rows: narrow the filters)")
    public RestResponse<String> getPublicProposalsCsv(@BeanParam PublicProposalQuery query) {
        return Csv.attachment(proposals.csv(proposals.filter(query)), "proposal-results.csv");
    }

    @GET
    @Path("/public/proposals.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "区提案の結果 (JSON)",
            description = "一覧と同じ条件の区提案すべてを、公開された回答とマイルストーンつきで (ページ分けなし)。" + PublicProposalService.EXPORT_MAX_ROWS
                    + " 件まで。" + OpenData.TERMS
                    + " Every outcome matching the filters with its answers and milestones, unpaged.")
    @APIResponse(responseCode = "200", description = "区提案の結果のデータセット (the data set)")
    @APIResponse(responseCode = "400", description = "条件の誤り (a bad filter)")
    @APIResponse(responseCode = "422", description = "件数が多すぎる (too many rows: narrow the filters)")
    public ProposalDataset getPublicProposalsJson(@BeanParam PublicProposalQuery query) {
        return proposals.dataset(proposals.filter(query));
    }

    @GET
    @Path("/public/proposals/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "区提案の結果を 1 件見る",
            description = "提案の内容 (件名・現状と課題・提案内容・期待される効果)、公開された各局の回答 (区分・理由・費用・時期)、マイルストーンと進捗。公開された回答のない提案と取り下げた提案は 404。 What was proposed, each bureau's published answer, milestones and progress; a proposal without a published answer is a 404.")
    @APIResponse(responseCode = "200", description = "区提案の結果 (the outcome)")
    @APIResponse(responseCode = "404", description = "公開された区提案がない (no such public proposal)")
    public ProposalView getPublicProposal(@Parameter(example = "1") @PathParam("id") long id) {
        return proposals.get(id);
    }
}
