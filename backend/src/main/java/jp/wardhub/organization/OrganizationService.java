package jp.wardhub.organization;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.panache.common.Sort;
import jp.wardhub.auth.CurrentCaller;
import jp.wardhub.organization.OrganizationInputs.BureauInput;
import jp.wardhub.organization.OrganizationInputs.SectionInput;
import jp.wardhub.organization.OrganizationViews.BureauRef;
import jp.wardhub.organization.OrganizationViews.BureauView;
import jp.wardhub.organization.OrganizationViews.SectionView;
import jp.wardhub.organization.OrganizationViews.WardRef;
import jp.wardhub.organization.OrganizationViews.WardView;
import jp.wardhub.platform.Caches;
import jp.wardhub.platform.DataChanges;
import jp.wardhub.platform.Problem;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.ProblemType;
import jp.wardhub.platform.audit.AuditLog;
import jp.wardhub.platform.retry.RetryOnConflict;

/** Wards, bureaus and their sections: read by everyone, bureaus maintained by administrators. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@RetryOnConflict
public class OrganizationService {

    public static final ProblemType CODE_TAKEN = ProblemType.of("code-taken", 409, "このコードは既に使われています",
            "Code already in use");
    public static final ProblemType SECTION_IN_USE = ProblemType.of("section-in-use", 409, "この課は使われています",
            "Section in use");

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    Instance<SectionUse> sectionUses;

    @Inject
    Event<BureausChanged> bureausChanged;

    @Inject
    DataChanges dataChanges;

    /**
     * Every ward's and bureau's name: nearly every list names a ward or a bureau per row, and these tables change a few
     * times a year. Kept until a bureau change commits (wards change only with a migration, which restarts the app).
     */
    @CacheName("organization.names")
    Cache names;

    private record Names(Map<String, WardRef> wards, Map<String, BureauRef> bureaus) {
    }

    /** Fired by every bureau write; the names are dropped on every instance once it commits. */
    record BureausChanged() {
    }

    void onBureausChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) BureausChanged event) {
        // the proposal statistics are labelled with bureau names
        dataChanges.changed("organization", "proposals");
    }

    public List<WardView> wards() {
        Map<String, Long> wardOffices = Office.<Office>list("type", OfficeType.WARD_OFFICE).stream()
                .collect(Collectors.toMap(o -> o.wardCode, o -> o.id, (a, b) -> a));
        return Ward.<Ward>listAll(Sort.by("sortOrder")).stream().map(w -> view(w, wardOffices.get(w.code))).toList();
    }

    public WardView ward(String code) {
        Ward ward = Ward.<Ward>findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("区", "ward", code));
        Long officeId = Office.<Office>find("type = ?1 and wardCode = ?2", OfficeType.WARD_OFFICE, code)
                .firstResultOptional().map(o -> o.id).orElse(null);
        return view(ward, officeId);
    }

    public boolean wardExists(String code) {
        return code != null && Ward.findByIdOptional(code).isPresent();
    }

    public Optional<WardRef> wardRef(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(names().wards().get(code));
    }

    public Optional<BureauRef> bureauRef(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(names().bureaus().get(code));
    }

    private Names names() {
        return Caches.get(names, "all", all -> new Names(
                Ward.<Ward>listAll().stream().collect(Collectors.toMap(w -> w.code,
                        w -> new WardRef(w.code, w.nameJa, w.nameEn))),
                Bureau.<Bureau>listAll().stream().collect(Collectors.toMap(b -> b.code,
                        b -> new BureauRef(b.code, b.nameJa, b.nameEn)))));
    }

    public Optional<SectionView> sectionRef(String code) {
        return code == null ? Optional.empty() : Section.<Section>findByIdOptional(code).map(OrganizationService::view);
    }

    /** 区役所の名前: the name of the ward's office ({@code 中央区役所}), or the ward's when it has no office on record. */
    public Optional<String> wardOfficeNameJa(String wardCode) {
        if (wardCode == null) {
            return Optional.empty();
        }
        return Office.<Office>find("type = ?1 and wardCode = ?2 order by id", OfficeType.WARD_OFFICE, wardCode)
                .firstResultOptional().map(o -> o.nameJa)
                .or(() -> wardRef(wardCode).map(WardRef::nameJa));
    }

    /** A section's name with its bureau's, as the public reads it: {@code 都市建設局 道路保全課}. */
    public Optional<String> sectionNameWithBureauJa(String sectionCode) {
        return sectionCode == null ? Optional.empty()
                : Section.<Section>findByIdOptional(sectionCode).map(s -> s.bureau.nameJa + " " + s.nameJa);
    }

    /** Whether the section exists and belongs to the bureau. */
    public boolean sectionOf(String sectionCode, String bureauCode) {
        return Section.<Section>findByIdOptional(sectionCode).map(s -> s.bureau.code.equals(bureauCode)).orElse(false);
    }

    public List<BureauView> bureaus() {
        return Bureau.<Bureau>listAll(Sort.by("sortOrder").and("code")).stream().map(OrganizationService::view)
                .toList();
    }

    public BureauView bureau(String code) {
        return view(findBureau(code));
    }

    @Transactional
    public BureauView createBureau(@NotNull @Valid BureauInput input) {
        OrganizationPolicy.requireManager(caller.get());
        if (Bureau.findByIdOptional(input.code()).isPresent()) {
            throw new ProblemException(CODE_TAKEN, "局コード " + input.code() + " は使用済みです (bureau code in use)");
        }
        Bureau bureau = new Bureau();
        bureau.code = input.code();
        apply(bureau, input);
        bureausChanged.fire(new BureausChanged());
        return audit.persist("bureau", bureau, b -> b.code, OrganizationService::view);
    }

    @Transactional
    public BureauView updateBureau(String code, String ifMatch, @NotNull @Valid BureauInput input) {
        OrganizationPolicy.requireManager(caller.get());
        Bureau bureau = findBureau(code);
        if (!code.equals(input.code())) {
            throw ProblemException.invalid("code", "Immutable", "局コードは変更できません (the bureau code cannot change)");
        }
        return audit.change("bureau", code, bureau, bureau.version, ifMatch, OrganizationService::view, b -> {
            // section edits alone would not make the bureau dirty, yet they change what its ETag stands for
            Bureau.getEntityManager().lock(b, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            apply(b, input);
            bureausChanged.fire(new BureausChanged());
        });
    }

    private void apply(Bureau bureau, BureauInput input) {
        bureau.nameJa = input.nameJa();
        bureau.nameEn = input.nameEn();
        bureau.sortOrder = input.sortOrder();
        Map<String, Section> existing = bureau.sections.stream().collect(Collectors.toMap(s -> s.code, s -> s));
        // checked before any change, so that no pending section delete gets flushed by the checks' queries
        Set<String> kept = input.sections().stream().map(SectionInput::code).collect(Collectors.toSet());
        existing.keySet().stream().filter(code -> !kept.contains(code)).sorted().forEach(this::requireUnused);
        bureau.sections.clear();
        int order = 0;
        Set<String> seen = new HashSet<>();
        for (SectionInput in : input.sections()) {
            if (!seen.add(in.code())) {
                throw ProblemException.invalid("sections[" + order + "].code", "Unique",
                        "課コード " + in.code() + " が重複しています (section code given twice)");
            }
            Section section = existing.get(in.code());
            if (section == null) {
                Optional<Section> elsewhere = Section.findByIdOptional(in.code());
                if (elsewhere.isPresent()) {
                    throw new ProblemException(CODE_TAKEN, "課コード " + in.code() + " は他の局で使用済みです (section code in use)");
                }
                section = new Section();
                section.code = in.code();
                section.bureau = bureau;
            }
            section.nameJa = in.nameJa();
            section.nameEn = in.nameEn();
            section.sortOrder = order++;
            bureau.sections.add(section);
        }
    }

    private void requireUnused(String sectionCode) {
        for (SectionUse use : sectionUses) {
            String namedBy = use.namedBy(sectionCode);
            if (namedBy != null) {
                String message = "課 " + sectionCode + " は " + namedBy + " が参照しているため外せません (section still in use)";
                throw new ProblemException(SECTION_IN_USE, message,
                        List.of(new Problem.FieldError("sections", "InUse", message)), Map.of());
            }
        }
    }

    private static Bureau findBureau(String code) {
        return Bureau.<Bureau>findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("局", "bureau", code));
    }

    private static WardView view(Ward w, Long officeId) {
        return new WardView(w.code, w.nameJa, w.nameKana, w.nameEn, officeId, w.version);
    }

    private static BureauView view(Bureau b) {
        return new BureauView(b.code, b.nameJa, b.nameEn, b.sortOrder,
                b.sections.stream().map(OrganizationService::view).toList(), b.version);
    }

    private static SectionView view(Section s) {
        return new SectionView(s.code, s.nameJa, s.nameEn);
    }
}
