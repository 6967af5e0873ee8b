package jp.wardhub.community;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.CurrentCaller;
import jp.wardhub.community.CommunityInputs.ProgramInput;
import jp.wardhub.community.CommunityViews.ProgramPage;
import jp.wardhub.community.CommunityViews.ProgramView;
import jp.wardhub.organization.OrganizationService;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.audit.AuditLog;
import jp.wardhub.platform.idempotency.Idempotency;
import jp.wardhub.platform.idempotency.Idempotency.Created;
import jp.wardhub.platform.list.ListQuery;
import jp.wardhub.platform.retry.RetryOnConflict;

/** 支援制度: a ward's or the city's support programmes, each with the budget granted so far and what remains. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@RetryOnConflict
public class SupportProgramService {

    static final String ENTITY = "support-program";

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    Idempotency idempotency;

    @Inject
    OrganizationService organization;

    /** The HQ bureau that runs the city-wide programmes and decides their applications. */
    @ConfigProperty(name = "wardhub.community.program-bureau", defaultValue = "culture-citizens")
    String programBureau;

    String programBureau() {
        return programBureau;
    }

    @Transactional
    public Created<ProgramView> create(@NotNull @Valid ProgramInput input, String idempotencyKey) {
        Caller c = caller.get();
        String ward = input.wardCode() == null || input.wardCode().isBlank() ? null : input.wardCode().trim();
        if (!SupportProgramPolicy.owns(c, ward, programBureau)) {
            throw ProblemException.forbidden(ward == null
                    ? "全市の支援制度を作れるのは制度を所管する本庁の局と管理者です (the programme bureau and administrators)"
                    : "区の支援制度を作れるのはその区の区職員と管理者です (the ward's own staff and administrators)");
        }
        if (ward != null && !organization.wardExists(ward)) {
            throw ProblemException.invalid("wardCode", "Exists", "存在する区コードを指定してください (give an existing ward)");
        }
        long minimum = input.minimumPerApplicationYen() == null ? 0 : input.minimumPerApplicationYen();
        if (input.maximumPerApplicationYen() > input.totalBudgetYen()) {
            throw ProblemException.invalid("maximumPerApplicationYen", "NotAboveBudget",
                    "予算総額以下にしてください (must not exceed totalBudgetYen)");
        }
        if (minimum > input.maximumPerApplicationYen()) {
            throw ProblemException.invalid("minimumPerApplicationYen", "NotAboveMaximum",
                    "1 件あたりの上限以下にしてください (must not exceed maximumPerApplicationYen)");
        }
        if (input.subsidyRate().numerator() > input.subsidyRate().denominator()) {
            throw ProblemException.invalid("subsidyRate.numerator", "NotAboveDenominator",
                    "補助率は 1 (10 割) 以下にしてください (the rate must not exceed 1)");
        }
        if (input.applicationTo().isBefore(input.applicationFrom())) {
            throw ProblemException.invalid("applicationTo", "NotBeforeApplicationFrom",
                    "申請期間の終わりは始まり以後にしてください (must not be before applicationFrom)");
        }
        return idempotency.once(idempotencyKey, "support-program-create", input, ProgramView.class, () -> {
            SupportProgram p = new SupportProgram();
            p.wardCode = ward;
            p.fiscalYear = input.fiscalYear();
            p.name = input.name().trim();
            p.description = input.description().trim();
            p.eligibility = input.eligibility().trim();
            p.totalBudgetYen = input.totalBudgetYen();
            p.maximumYen = input.maximumPerApplicationYen();
            p.minimumYen = minimum;
            p.rateNumerator = input.subsidyRate().numerator();
            p.rateDenominator = input.subsidyRate().denominator();
            p.applicationFrom = input.applicationFrom();
            p.applicationTo = input.applicationTo();
            p.createdBy = c.username();
            p.createdAt = Instant.now();
            ProgramView view = audit.persist(ENTITY, p, x -> x.id, SupportProgramService::view);
            return new Created<>(Long.toString(p.id), view, false);
        });
    }

    /**
     * Which programmes the list holds: those open to a ward's groups (its own and city-wide ones), of a fiscal year; a
     * filter not given (null) means any.
     */
    public record Filter(String ward, Integer fiscalYear) {
    }

    public ProgramPage list(Filter filter, PageRequest page) {
        Caller c = caller.get();
        requireRead(c);
        String ward = filter.ward();
        ListQuery.Page<ProgramView> found = ListQuery.from("SupportProgram p")
                .and(SupportProgramPolicy.readScope(c))
                // a ward's groups apply to its own programmes and the city-wide ones
                .andIf(ward != null, "(p.wardCode = :ward or p.wardCode is null)", "ward", ward)
                .equal("p.fiscalYear", filter.fiscalYear())
                .page(SupportProgram.class, "p.fiscalYear desc, p.wardCode, p.id", page)
                .map(SupportProgramService::view);
        return new ProgramPage(found.rows(), page.page(), page.size(), found.total());
    }

    public ProgramView get(long id) {
        requireRead(caller.get());
        return view(find(id));
    }

    static SupportProgram find(long id) {
        return SupportProgram.<SupportProgram>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("支援制度", "support programme", id));
    }

    static void requireRead(Caller c) {
        if (!SupportProgramPolicy.canRead(c)) {
            throw ProblemException.forbidden("支援制度を見られるのは区・本庁の職員と管理者です (ward and HQ staff and administrators)");
        }
    }

    static ProgramView view(SupportProgram p) {
        SubsidyRate rate = p.rate();
        return new ProgramView(p.id, p.wardCode, p.wardCode == null, p.fiscalYear, p.name, p.description, p.eligibility,
                p.totalBudgetYen, p.maximumYen, p.minimumYen, rate, rate.percent(), p.applicationFrom, p.applicationTo,
                p.accepts(BusinessTime.today()), p.committedYen, p.remainingYen(), p.createdBy, p.createdAt, p.version);
    }
}
