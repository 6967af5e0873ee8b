package jp.wardhub.counter;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.panache.common.Sort;
import jp.wardhub.auth.Caller;
import jp.wardhub.auth.CurrentCaller;
import jp.wardhub.counter.FaqViews.FaqInput;
import jp.wardhub.counter.FaqViews.FaqPage;
import jp.wardhub.counter.FaqViews.FaqView;
import jp.wardhub.counter.FaqViews.RevisionView;
import jp.wardhub.organization.OrganizationService;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.SearchText;
import jp.wardhub.platform.audit.AuditLog;
import jp.wardhub.platform.idempotency.Idempotency.Created;
import jp.wardhub.platform.list.ListQuery;
import jp.wardhub.platform.retry.RetryOnConflict;
import jp.wardhub.platform.search.SearchIndex;
import jp.wardhub.platform.search.SearchKind;

/** Q&A・マニュアル: one Q&A for every ward, drafted by staff and approved by the owning HQ section. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@RetryOnConflict
public class FaqService {

    private static final int SEARCH_TEXT_MAX = 4000;

    /** The list's filters; each one not given (null) lets every entry through. */
    public record Filter(String q, String procedure, FaqAudience audience, FaqState state) {
    }

    @Inject
    SearchIndex search;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    OrganizationService organization;

    /**
     * Residents (and partner systems) see published resident entries ({@link CounterPolicy#faqReadScope}); staff
     * also see staff entries, and with {@code state} the entries in the workflow instead of the published ones.
     */
    public FaqPage list(Filter filter, PageRequest page) {
        Caller c = caller.get();
        boolean staff = CounterPolicy.canReadStaffFaq(c);
        ListQuery.Page<Faq> found = ListQuery.from("Faq f")
                .and(CounterPolicy.faqReadScope(c))
                .andIf(staff && filter.state() == null, "f.publishedRevision is not null")
                .equal("f.state", staff ? filter.state() : null)
                .equal("f.audience", staff ? filter.audience() : null)
                .equal("f.procedureCode", filter.procedure())
                .search(SearchKind.FAQ, "f", filter.q())
                .page(Faq.class, "f.id", page);
        return new FaqPage(found.map(f -> view(f, staff)).rows(), page.page(), page.size(), found.total());
    }

    public FaqView get(long id) {
        Faq faq = find(id);
        Caller c = caller.get();
        if (!CounterPolicy.canReadFaq(c, faq.audience, faq.publishedRevision != null)) {
            throw ProblemException.notFound("Q&A", "Q&A entry", id); // not even its existence is public
        }
        return view(faq, CounterPolicy.canReadStaffFaq(c));
    }

    @Transactional
    public Created<FaqView> draft(@NotNull @Valid FaqInput input) {
        Caller c = caller.get();
        if (!CounterPolicy.canDraftFaq(c)) {
            throw ProblemException.forbidden("Q&A を書けるのは区・本庁の職員と管理者です (ward and HQ staff and administrators)");
        }
        Faq faq = new Faq();
        faq.state = FaqState.DRAFT;
        faq.audience = input.audience();
        faq.procedureCode = input.procedureCode();
        faq.ownerSectionCode = ownerOf(input);
        faq.searchText = "";
        faq.persistAndFlush();
        FaqRevision revision = addRevision(faq, input, c);
        index(faq, revision);
        FaqView created = audit.persist("faq", faq, f -> f.id, f -> view(f, true));
        return new Created<>(Long.toString(created.id()), created, false);
    }

    @Transactional
    public FaqView edit(long id, String ifMatch, @NotNull @Valid FaqInput input) {
        Caller c = caller.get();
        if (!CounterPolicy.canDraftFaq(c)) {
            throw ProblemException.forbidden("Q&A を書けるのは区・本庁の職員と管理者です (ward and HQ staff and administrators)");
        }
        Faq faq = find(id);
        requireProcedure(input.procedureCode());
        return audit.change("faq", id, faq, faq.version, ifMatch, f -> view(f, true), f -> {
            f.state = f.state.after(FaqState.Action.EDIT);
            f.audience = input.audience();
            f.procedureCode = input.procedureCode();
            FaqRevision revision = addRevision(f, input, c);
            if (f.publishedRevision == null) {
                index(f, revision);
            }
        });
    }

    @Transactional
    public FaqView transition(long id, String ifMatch, FaqState.Action action) {
        Caller c = caller.get();
        Faq faq = find(id);
        boolean ownerOnly = action == FaqState.Action.APPROVE || action == FaqState.Action.REJECT;
        if (ownerOnly ? !CounterPolicy.canApproveFaq(c, faq.ownerSectionCode) : !CounterPolicy.canDraftFaq(c)) {
            throw ProblemException.forbidden(ownerOnly ? "承認・差戻しは所管課の職員と管理者だけです (only the owning section approves)"
                    : "Q&A を扱えるのは区・本庁の職員と管理者です (ward and HQ staff and administrators)");
        }
        return audit.change("faq", id, faq, faq.version, ifMatch, f -> view(f, true), f -> {
            f.state = f.state.after(action);
            if (action == FaqState.Action.APPROVE) {
                FaqRevision latest = latest(f);
                latest.approvedBy = c.username();
                latest.approvedAt = Instant.now();
                f.publishedRevision = latest.revision;
                index(f, latest);
            }
        });
    }

    /** The Q&A is found by the revision's words: the draft's until one is published, then the published one's. */
    private void index(Faq faq, FaqRevision revision) {
        faq.searchText = searchText(revision);
        search.put(SearchKind.FAQ, faq.id, faq.searchText);
    }

    private String ownerOf(FaqInput input) {
        String owner = input.ownerSectionCode();
        Procedure procedure = requireProcedure(input.procedureCode());
        if (owner == null && procedure != null) {
            owner = procedure.ownerSectionCode;
        }
        if (owner == null || organization.sectionRef(owner).isEmpty()) {
            throw ProblemException.invalid("ownerSectionCode", "Exists",
                    "所管課を指定してください (give an existing owning section)");
        }
        return owner;
    }

    private static Procedure requireProcedure(String code) {
        if (code == null) {
            return null;
        }
        return Procedure.<Procedure>findByIdOptional(code)
                .orElseThrow(
                        () -> ProblemException.invalid("procedureCode", "Exists", "存在しない手続きです (unknown procedure)"));
    }

    private static FaqRevision addRevision(Faq faq, FaqInput in, Caller c) {
        FaqRevision r = new FaqRevision();
        r.faqId = faq.id;
        r.revision = (int) FaqRevision.count("faqId", faq.id) + 1;
        r.questionJa = in.questionJa();
        r.answerJa = in.answerJa();
        r.questionEn = in.questionEn();
        r.answerEn = in.answerEn();
        r.author = c.username();
        r.createdAt = Instant.now();
        r.persist();
        return r;
    }

    private static String searchText(FaqRevision r) {
        String text = SearchText.of(r.questionJa, r.answerJa, r.questionEn, r.answerEn);
        return text.length() > SEARCH_TEXT_MAX ? text.substring(0, SEARCH_TEXT_MAX) : text;
    }

    private static FaqRevision latest(Faq f) {
        return FaqRevision.<FaqRevision>find("faqId", Sort.descending("revision"), f.id).firstResult();
    }

    private static Faq find(long id) {
        return Faq.<Faq>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Q&A", "Q&A entry", id));
    }

    private FaqView view(Faq f, boolean staff) {
        RevisionView published = f.publishedRevision == null ? null
                : revision(FaqRevision.<FaqRevision>find("faqId = ?1 and revision = ?2", f.id, f.publishedRevision)
                        .firstResult());
        RevisionView latest = staff ? revision(latest(f)) : null;
        return new FaqView(f.id, f.procedureCode, f.audience, staff ? f.state : null, f.ownerSectionCode, published,
                latest,
                staff ? actionsFor(f) : List.of(), f.version);
    }

    /** What the caller may do now: the state's actions, less approval for anyone outside the owning section. */
    private List<FaqState.Action> actionsFor(Faq f) {
        Caller c = caller.get();
        return f.state.allowed().stream()
                .filter(a -> a == FaqState.Action.APPROVE || a == FaqState.Action.REJECT
                        ? CounterPolicy.canApproveFaq(c, f.ownerSectionCode) : CounterPolicy.canDraftFaq(c))
                .toList();
    }

    private static RevisionView revision(FaqRevision r) {
        return r == null ? null
                : new RevisionView(r.revision, r.questionJa, r.answerJa, r.questionEn, r.answerEn, r.author,
                        r.createdAt, r.approvedBy, r.approvedAt);
    }
}
