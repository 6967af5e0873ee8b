package jp.wardhub.proposal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.panache.common.Sort;
import jp.wardhub.organization.OrganizationService;
import jp.wardhub.organization.OrganizationViews.BureauRef;
import jp.wardhub.organization.OrganizationViews.WardRef;
import jp.wardhub.platform.AtomFeed;
import jp.wardhub.platform.Caches;
import jp.wardhub.platform.Csv;
import jp.wardhub.platform.OpenData;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.QueryParams;
import jp.wardhub.platform.list.ListQuery;
import jp.wardhub.platform.list.PageKey;
import jp.wardhub.platform.search.SearchKind;
import jp.wardhub.proposal.PublicProposalViews.AnswerView;
import jp.wardhub.proposal.PublicProposalViews.DecisionView;
import jp.wardhub.proposal.PublicProposalViews.MilestoneView;
import jp.wardhub.proposal.PublicProposalViews.ProposalDataset;
import jp.wardhub.proposal.PublicProposalViews.ProposalPage;
import jp.wardhub.proposal.PublicProposalViews.ProposalSummary;
import jp.wardhub.proposal.PublicProposalViews.ProposalView;

/**
 * 区提案の結果: the proposals with at least one published bureau answer, for anyone without a sign-in. A proposal
 * becomes public with its first published answer, shows only published answers, and is left out once withdrawn (as
 * the statistics leave it out).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicProposalService {

    public static final int MAX_QUERY = 100;
    /** Open data rows at most: every public proposal of a city is far fewer. */
    public static final int EXPORT_MAX_ROWS = 10_000;

    private static final Map<ProposalKind, String> KIND_JA = Map.of(ProposalKind.POLICY, "政策提案",
            ProposalKind.PROJECT, "事業提案", ProposalKind.BUDGET_REQUEST, "予算要望");
    private static final Map<ProposalDecision, String> DECISION_JA = Map.of(ProposalDecision.ADOPTED, "採用",
            ProposalDecision.PARTIALLY_ADOPTED, "一部採用", ProposalDecision.FURTHER_STUDY, "検討",
            ProposalDecision.NOT_ADOPTED, "不採用");
    private static final Map<ProposalStatus, String> STATUS_JA = Map.of(ProposalStatus.SUBMITTED, "回答待ちの局あり",
            ProposalStatus.ANSWERED, "回答済み", ProposalStatus.IN_PROGRESS, "実施中", ProposalStatus.DONE, "完了");

    /** The filters, checked. */
    public record Filter(String ward, ProposalKind kind, Integer year, String q) {
    }

    @Inject
    OrganizationService organization;

    /** Totals by condition until the next proposal change commits (anyone may ask; a count reads every match). */
    @CacheName("proposals.public-totals")
    Cache totals;

    /** Pages until the next proposal change commits. */
    @CacheName("proposals.public-pages")
    Cache pages;

    public Filter filter(PublicProposalQuery query) {
        String ward = trimmed(query.ward());
        if (ward != null && !organization.wardExists(ward)) {
            throw ProblemException.invalid("ward", "Exists", "存在しない区コードです (unknown ward code)");
        }
        String q = trimmed(query.q());
        if (q != null && q.length() > MAX_QUERY) {
            throw ProblemException.invalid("q", "Size",
                    MAX_QUERY + " 文字以内で指定してください (at most " + MAX_QUERY + " characters)");
        }
        return new Filter(ward, QueryParams.enumValue("kind", query.kind(), ProposalKind.class),
                QueryParams.fiscalYear("year", query.year()), q);
    }

    public ProposalPage list(Filter filter, PageRequest page) {
        ListQuery query = query(filter);
        return Caches.get(pages, PageKey.of(query, page), key -> {
            long total = Caches.get(totals, query.condition(), condition -> query.count());
            List<Proposal> rows = query.rows(Proposal.class, "p.fiscalYear desc, p.id desc", page, total);
            Map<Long, List<ProposalAnswer>> answers = answersOf(rows);
            List<ProposalSummary> items = rows.stream().map(p -> {
                List<ProposalAnswer> all = answers.getOrDefault(p.id, List.of());
                return new ProposalSummary(p.id, ward(p.wardCode), p.kind, p.fiscalYear, p.title, p.status,
                        p.progressPercent, published(all).stream()
                                .map(a -> new DecisionView(bureau(a.bureauCode), a.decision)).toList(),
                        all.size());
            }).toList();
            return new ProposalPage(items, page.page(), page.size(), total);
        });
    }

    /** One public proposal; one that is not public is a 404, as one that does not exist. */
    public ProposalView get(long id) {
        List<Proposal> found = query(new Filter(null, null, null, null)).and("p.id = :id", "id", id)
                .rows(Proposal.class, "p.id", new PageRequest(0, 1));
        if (found.isEmpty()) {
            throw ProblemException.notFound("公開された区提案", "public proposal", id);
        }
        return view(found.get(0), answersOf(found).getOrDefault(id, List.of()));
    }

    public ProposalDataset dataset(Filter filter) {
        List<ProposalView> items = all(filter);
        return new ProposalDataset(OpenData.LICENSE, OpenData.LICENSE_URL, items.size(), items);
    }

    /** One row per published answer (a proposal answered by two bureaus is two rows), UTF-8 with BOM. */
    public String csv(Filter filter) {
        Csv csv = new Csv().row(List.of("提案番号", "年度", "区コード", "区", "種類", "件名", "状態", "進捗率", "回答した局", "回答区分", "理由",
                "費用（円）", "時期", "回答の公開日時"));
        for (ProposalView p : all(filter)) {
            for (AnswerView a : p.answers()) {
                csv.row(Arrays.asList(p.id(), p.fiscalYear(), p.ward().code(), p.ward().nameJa(), KIND_JA.get(p.kind()),
                        p.title(), STATUS_JA.getOrDefault(p.status(), p.status().name()), p.progressPercent(),
                        a.bureau().nameJa(), DECISION_JA.get(a.decision()), a.reasons(), a.costYen(), a.timing(),
                        a.publishedAt()));
            }
        }
        return csv.toString();
    }

    /** The newest published answers as feed entries, under the tag URI authority given. */
    public List<AtomFeed.Entry> feedEntries(int limit, String siteUrl, String idAuthority) {
        List<ProposalAnswer> newest = ProposalAnswer.getEntityManager().createQuery(
                "select a from ProposalAnswer a where a.state = :published and exists (select p.id from Proposal p"
                        + " where p.id = a.proposalId and p.status <> :withdrawn) order by a.publishedAt desc, a.id desc",
                ProposalAnswer.class)
                .setParameter("published", ProposalAnswerState.PUBLISHED)
                .setParameter("withdrawn", ProposalStatus.WITHDRAWN).setMaxResults(limit).getResultList();
        Map<Long, Proposal> proposals = newest.isEmpty() ? Map.of()
                : Proposal.<Proposal>list("id in ?1", newest.stream().map(a -> a.proposalId).distinct().toList())
                        .stream().collect(Collectors.toMap(p -> p.id, p -> p));
        List<AtomFeed.Entry> entries = new ArrayList<>();
        for (ProposalAnswer a : newest) {
            Proposal p = proposals.get(a.proposalId);
            BureauRef bureau = bureau(a.bureauCode);
            String content = DECISION_JA.get(a.decision) + (a.reasons == null ? "" : "\n\n" + a.reasons)
                    + (a.timing == null ? "" : "\n\n時期: " + a.timing);
            entries.add(new AtomFeed.Entry(
                    "tag:" + idAuthority + ":proposal:" + p.id + ":answer:" + a.bureauCode,
                    "区提案の回答「" + p.title + "」（" + ward(p.wardCode).nameJa() + "→" + bureau.nameJa() + "・"
                            + DECISION_JA.get(a.decision) + "）",
                    a.publishedAt, siteUrl + "/proposal-results/" + p.id, content));
        }
        return entries;
    }

    private List<ProposalView> all(Filter filter) {
        ListQuery query = query(filter);
        long count = query.count();
        if (count > EXPORT_MAX_ROWS) {
            throw ProblemException.exportTooLarge(count, EXPORT_MAX_ROWS, "年度", "year");
        }
        List<Proposal> rows = query.query("p", "order by p.fiscalYear desc, p.id desc", Proposal.class)
                .getResultList();
        Map<Long, List<ProposalAnswer>> answers = answersOf(rows);
        Map<Long, List<ProposalMilestone>> milestones = rows.isEmpty() ? Map.of()
                : ProposalMilestone.<ProposalMilestone>list("proposalId in ?1", Sort.by("dueOn", "id"),
                        rows.stream().map(p -> p.id).toList()).stream()
                        .collect(Collectors.groupingBy(m -> m.proposalId));
        return rows.stream().map(p -> view(p, answers.getOrDefault(p.id, List.of()),
                milestones.getOrDefault(p.id, List.of()))).toList();
    }

    /**
     * Proposals with a published answer that were not withdrawn; every filter narrows this. The keyword searches the
     * proposal's own search column, which holds only what the public view shows (title, background, content, effect).
     */
    private static ListQuery query(Filter filter) {
        return ListQuery.from("Proposal p")
                .and("p.status <> :withdrawn and p.firstAnswerPublishedAt is not null", "withdrawn",
                        ProposalStatus.WITHDRAWN)
                .equal("p.wardCode", filter.ward())
                .equal("p.kind", filter.kind())
                .equal("p.fiscalYear", filter.year())
                .search(SearchKind.PROPOSAL, "p", filter.q());
    }

    private ProposalView view(Proposal p, List<ProposalAnswer> answers) {
        return view(p, answers,
                ProposalMilestone.<ProposalMilestone>list("proposalId", Sort.by("dueOn", "id"), p.id));
    }

    private ProposalView view(Proposal p, List<ProposalAnswer> answers, List<ProposalMilestone> milestones) {
        List<AnswerView> published = published(answers).stream()
                .map(a -> new AnswerView(bureau(a.bureauCode), a.decision, a.reasons, a.costYen, a.timing,
                        a.publishedAt))
                .toList();
        return new ProposalView(p.id, ward(p.wardCode), p.kind, p.fiscalYear, p.title, p.background, p.content,
                p.expectedEffect, p.status, p.progressPercent, p.submittedAt, answers.size(), published,
                milestones.stream().map(m -> new MilestoneView(m.title, m.dueOn, m.done)).toList());
    }

    /** Published answers only, in the order they were published. */
    private static List<ProposalAnswer> published(List<ProposalAnswer> answers) {
        return answers.stream().filter(a -> a.state == ProposalAnswerState.PUBLISHED)
                .sorted(java.util.Comparator.comparing((ProposalAnswer a) -> a.publishedAt)
                        .thenComparing(a -> a.id))
                .toList();
    }

    private static Map<Long, List<ProposalAnswer>> answersOf(List<Proposal> proposals) {
        if (proposals.isEmpty()) {
            return Map.of();
        }
        return ProposalAnswer.<ProposalAnswer>list("proposalId in ?1", Sort.by("id"),
                proposals.stream().map(p -> p.id).toList()).stream()
                .collect(Collectors.groupingBy(a -> a.proposalId, HashMap::new, Collectors.toList()));
    }

    private WardRef ward(String code) {
        return organization.wardRef(code).orElse(new WardRef(code, code, code));
    }

    private BureauRef bureau(String code) {
        return organization.bureauRef(code).orElse(new BureauRef(code, code, code));
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
