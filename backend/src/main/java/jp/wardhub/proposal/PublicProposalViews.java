package jp.wardhub.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jp.wardhub.organization.OrganizationViews.BureauRef;
import jp.wardhub.organization.OrganizationViews.WardRef;
import jp.wardhub.platform.OpenData;

/**
 * 区提案の結果, as residents see it (an accountability view like Decidim's): what a ward proposed, what each bureau
 * answered once the answer was published, and what has been done since. Never an unpublished answer, the timeline's
 * notes, the evidence (voices, figures) or anyone's name.
 */
public final class PublicProposalViews {

    private PublicProposalViews() {
    }

    @Schema(name = "PublicProposalAnswer", description = "公開された局の回答 (a bureau's published answer)")
    public record AnswerView(BureauRef bureau, ProposalDecision decision,
            @Schema(nullable = true, description = "理由 (reasons)") String reasons,
            @Schema(nullable = true, description = "費用 (円) (cost, yen)", examples = "8000000") Long costYen,
            @Schema(nullable = true, description = "時期 (timing)", examples = "令和9年度当初予算で対応") String timing,
            @Schema(description = "公開日時 (published)") Instant publishedAt) {
    }

    @Schema(name = "PublicProposalMilestone", description = "マイルストーン (a step of carrying the proposal out)")
    public record MilestoneView(@Schema(examples = "危険箇所の合同点検") String title,
            @Schema(examples = "2027-05-31") LocalDate dueOn, boolean done) {
    }

    @Schema(name = "PublicProposalDecision", description = "局ごとの回答区分 (a bureau's decision)")
    public record DecisionView(BureauRef bureau, ProposalDecision decision) {
    }

    @Schema(name = "PublicProposalSummary", description = "区提案の結果の概要 (a proposal's outcome in a list)")
    public record ProposalSummary(@Schema(examples = "12") long id, WardRef ward, ProposalKind kind,
            @Schema(description = "年度 (fiscal year)", examples = "2027") int fiscalYear,
            @Schema(examples = "通学路の安全対策 (サンプル)") String title, ProposalStatus status,
            @Schema(nullable = true, description = "進捗率 0–100 (progress)", examples = "40") Integer progressPercent,
            @Schema(description = "公開された回答の区分 (the published decisions)") List<DecisionView> decisions,
            @Schema(description = "提出先の局の数 (bureaus addressed)", examples = "2") int bureausAddressed) {
    }

    @Schema(name = "PublicProposal",
            description = "区提案の結果 (a proposal's outcome): 提案の内容、公開された局の回答、マイルストーンと進捗 (what was proposed, the published answers, milestones and progress)")
    public record ProposalView(@Schema(examples = "12") long id, WardRef ward, ProposalKind kind,
            @Schema(description = "年度 (fiscal year)", examples = "2027") int fiscalYear,
            @Schema(examples = "通学路の安全対策 (サンプル)") String title,
            @Schema(description = "現状と課題 (background)") String background,
            @Schema(description = "提案内容 (what is proposed)") String content,
            @Schema(description = "期待される効果 (expected effect)") String expectedEffect,
            ProposalStatus status,
            @Schema(nullable = true, description = "進捗率 0–100 (progress)", examples = "40") Integer progressPercent,
            @Schema(nullable = true, description = "提出日時 (submitted)") Instant submittedAt,
            @Schema(description = "提出先の局の数 (bureaus addressed)", examples = "2") int bureausAddressed,
            @Schema(description = "公開された局の回答、公開順 (the published answers)") List<AnswerView> answers,
            @Schema(description = "マイルストーン、期日順 (milestones by due date)") List<MilestoneView> milestones) {
    }

    @Schema(name = "PublicProposalPage", description = "区提案の結果の 1 ページ (a page of outcomes), 年度の新しい順")
    public record ProposalPage(List<ProposalSummary> items, @Schema(examples = "0") int page,
            @Schema(examples = "20") int size, @Schema(examples = "25") long total) {
    }

    @Schema(name = "PublicProposalDataset",
            description = "オープンデータ: 条件に合う区提案の結果すべて (open data: every outcome matching the filters)")
    public record ProposalDataset(@Schema(examples = OpenData.LICENSE) String license,
            @Schema(examples = OpenData.LICENSE_URL) String licenseUrl, @Schema(examples = "25") long total,
            List<ProposalView> items) {
    }
}
