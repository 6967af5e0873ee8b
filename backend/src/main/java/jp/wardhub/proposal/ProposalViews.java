package jp.wardhub.proposal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jp.wardhub.organization.OrganizationViews.BureauRef;
import jp.wardhub.organization.OrganizationViews.WardRef;
import jp.wardhub.platform.Versioned;

/** Response bodies of ward proposals. Entities never leave the service layer. */
public final class ProposalViews {

    private ProposalViews() {
    }

    @Schema(name = "ProposalFigure", description = "根拠となる数値 (a figure behind the proposal)")
    public record FigureView(@Schema(examples = "通学路のヒヤリハット報告") String label, @Schema(examples = "42") BigDecimal value,
            @Schema(nullable = true, examples = "件") String unit) {
    }

    @Schema(name = "ProposalAnswer",
            description = "局の回答 (a bureau's answer). 公開前の内容は回答する局と管理者だけに見え、区には「回答済み・公開待ち」だけが見える (before publication only the bureau and administrators see the content)")
    public record AnswerView(
            @Schema(examples = "12") long proposalId,
            BureauRef bureau,
            ProposalAnswerPublication publication,
            @Schema(nullable = true,
                    description = "局内の状態。回答する局と管理者のみ (the workflow state; the bureau and administrators only)") ProposalAnswerState state,

            @Schema(examples = "2027-01-29") LocalDate dueOn,
            @Schema(description = "期限を過ぎて未公開 (past due and not published)") boolean overdue,
            @Schema(nullable = true) ProposalDecision decision,
            @Schema(nullable = true) String reasons,
            @Schema(nullable = true, examples = "8000000") Long costYen,
            @Schema(nullable = true, examples = "令和9年度当初予算で対応") String timing,
            @Schema(nullable = true) String answeredBy,
            @Schema(nullable = true) Instant answeredAt,
            @Schema(nullable = true) String approvedBy,
            @Schema(nullable = true) Instant approvedAt,
            @Schema(nullable = true) String publishedBy,
            @Schema(nullable = true) Instant publishedAt,
            @Schema(nullable = true,
                    description = "いまできる操作。回答する局と管理者のみ (actions allowed now; the bureau and administrators only)") List<ProposalAnswerState.Action> actions,

            long version) implements Versioned {
    }

    @Schema(name = "ProposalMilestone", description = "マイルストーン (a milestone of an adopted proposal)")
    public record MilestoneView(long id, long proposalId, @Schema(examples = "危険箇所の合同点検") String title,
            @Schema(examples = "2027-05-31") LocalDate dueOn, boolean done,
            @Schema(nullable = true, description = "設定した局 (the bureau that set it)",
                    examples = "urban-construction") String bureauCode,

            String createdBy, Instant createdAt, long version) implements Versioned {
    }

    @Schema(name = "ProposalEvent", description = "経過の 1 件 (one step of the timeline)")
    public record EventView(Instant occurredAt, @Schema(examples = "chuo") String actor, ProposalEventKind kind,
            @Schema(nullable = true, examples = "urban-construction") String bureauCode,
            @Schema(nullable = true) String note) {
    }

    @Schema(name = "Proposal",
            description = "区提案 (a ward proposal) with its answers as the caller may see them, milestones and timeline")
    public record ProposalView(
            @Schema(examples = "12") long id,
            WardRef ward,
            ProposalKind kind,
            @Schema(description = "年度 (fiscal year)", examples = "2027") int fiscalYear,
            @Schema(examples = "通学路の安全対策 (サンプル)") String title,
            String background,
            String content,
            String expectedEffect,
            @Schema(nullable = true, examples = "12000000") Long estimatedCostYen,
            @Schema(description = "根拠となる区民の声の受付番号 (reference numbers of residents' voices)",
                    examples = "[\"V-2026-000123\"]") List<String> voiceRefs,
            List<FigureView> figures,
            ProposalStatus status,
            @Schema(nullable = true, description = "進捗率 0–100 (progress)", examples = "40") Integer progressPercent,
            String createdBy,
            Instant createdAt,
            @Schema(nullable = true) Instant submittedAt,
            Instant updatedAt,
            List<AnswerView> answers,
            List<MilestoneView> milestones,
            @Schema(description = "経過 (timeline), oldest first") List<EventView> timeline,
            @Schema(description = "この状態でできる操作 (actions allowed now)") List<ProposalStatus.Action> actions,
            long version) implements Versioned {
    }

    @Schema(name = "ProposalAddressee", description = "提出先の局と回答の公開状況 (an addressed bureau and how far its answer is)")
    public record AddresseeView(BureauRef bureau, ProposalAnswerPublication publication,
            @Schema(examples = "2027-01-29") LocalDate dueOn, boolean overdue) {
    }

    @Schema(name = "ProposalSummary", description = "区提案の概要 (a proposal in a list)")
    public record ProposalSummary(long id, WardRef ward, ProposalKind kind, @Schema(examples = "2027") int fiscalYear,
            @Schema(examples = "通学路の安全対策 (サンプル)") String title, ProposalStatus status,
            @Schema(nullable = true, examples = "12000000") Long estimatedCostYen,
            @Schema(nullable = true, examples = "40") Integer progressPercent,
            List<AddresseeView> bureaus,
            @Schema(description = "期限を過ぎた未公開の回答がある (an answer is past due)") boolean overdue,
            @Schema(nullable = true) Instant submittedAt, long version) {
    }

    @Schema(name = "ProposalPage", description = "区提案の 1 ページ (a page of proposals), newest first")
    public record ProposalPage(List<ProposalSummary> items, @Schema(examples = "0") int page,
            @Schema(examples = "20") int size, @Schema(examples = "25") long total) {
    }

    @Schema(name = "ProposalDecisionCounts", description = "公開済み回答の区分別件数 (published answers by decision)")
    public record DecisionCounts(@Schema(description = "採用") long adopted,
            @Schema(description = "一部採用") long partiallyAdopted,
            @Schema(description = "検討") long furtherStudy, @Schema(description = "不採用") long notAdopted) {
    }

    @Schema(name = "ProposalStatsGroup",
            description = "集計の 1 行 (one group). 反映率は % (rates are percentages, one decimal; null when nothing was answered)")
    public record StatsGroup(
            @Schema(description = "局コード・区コード・年度 (bureau code, ward code or fiscal year)",
                    examples = "urban-construction") String key,
            @Schema(examples = "都市建設局") String labelJa,
            @Schema(examples = "Urban Development and Construction Bureau") String labelEn,
            @Schema(description = "公開済みの回答がある提案の数 (proposals with a published answer)",
                    examples = "224") long proposals,
            @Schema(description = "うち 1 局でも採用・一部採用した提案 (of which at least one bureau adopted it)",
                    examples = "167") long reflectedProposals,
            @Schema(nullable = true, description = "提案単位の反映率 (per proposal)",
                    examples = "74.6") BigDecimal proposalReflectionRate,

            @Schema(description = "公開済みの局別回答の数 (published bureau answers)", examples = "263") long requests,
            @Schema(description = "うち採用・一部採用 (of which adopted or partially adopted)",
                    examples = "197") long reflectedRequests,
            @Schema(nullable = true, description = "局別回答単位の反映率 (per bureau request)",
                    examples = "74.9") BigDecimal requestReflectionRate,

            DecisionCounts decisions) {
    }

    @Schema(name = "ProposalStats",
            description = "区提案の反映状況 (how proposals were reflected): 公開済みの回答だけを数え、取り下げた提案は数えない (published answers only; withdrawn proposals left out)")
    public record StatsView(@Schema(examples = "bureau") String groupBy,
            @Schema(nullable = true, examples = "2026") Integer fiscalYear,
            List<StatsGroup> groups, StatsGroup total) {
    }
}
