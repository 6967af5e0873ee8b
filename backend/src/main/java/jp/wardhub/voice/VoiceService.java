package jp.wardhub.voice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jp.wardhub.auth.Caller;
import jp.wardhub.auth.CurrentCaller;
import jp.wardhub.auth.Role;
import jp.wardhub.notification.NotificationService;
import jp.wardhub.organization.OrganizationService;
import jp.wardhub.organization.StaffService;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.Caches;
import jp.wardhub.platform.DataChanges;
import jp.wardhub.platform.ETags;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.Problem;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.ProblemType;
import jp.wardhub.platform.SearchText;
import jp.wardhub.platform.audit.AuditLog;
import jp.wardhub.platform.idempotency.Idempotency;
import jp.wardhub.platform.idempotency.Idempotency.Created;
import jp.wardhub.platform.list.ListQuery;
import jp.wardhub.platform.list.PageKey;
import jp.wardhub.platform.retry.RetryOnConflict;
import jp.wardhub.platform.search.SearchIndex;
import jp.wardhub.platform.search.SearchKind;
import jp.wardhub.voice.Publication.NotPublishedReason;
import jp.wardhub.voice.VoicePolicy.Subject;
import jp.wardhub.voice.VoiceState.Action;
import jp.wardhub.voice.VoiceViews.AnswerInput;
import jp.wardhub.voice.VoiceViews.AssignInput;
import jp.wardhub.voice.VoiceViews.AssigneeView;
import jp.wardhub.voice.VoiceViews.BulkAction;
import jp.wardhub.voice.VoiceViews.BulkInput;
import jp.wardhub.voice.VoiceViews.BulkItem;
import jp.wardhub.voice.VoiceViews.BulkResult;
import jp.wardhub.voice.VoiceViews.CloseInput;
import jp.wardhub.voice.VoiceViews.HistoryView;
import jp.wardhub.voice.VoiceViews.PersonalDataInput;
import jp.wardhub.voice.VoiceViews.PersonalDataView;
import jp.wardhub.voice.VoiceViews.PhotoView;
import jp.wardhub.voice.VoiceViews.PublicationCheck;
import jp.wardhub.voice.VoiceViews.PublicationCheckInput;
import jp.wardhub.voice.VoiceViews.PublicationView;
import jp.wardhub.voice.VoiceViews.PublishInput;
import jp.wardhub.voice.VoiceViews.TriageInput;
import jp.wardhub.voice.VoiceViews.VoiceInput;
import jp.wardhub.voice.VoiceViews.VoicePage;
import jp.wardhub.voice.VoiceViews.VoiceSummary;
import jp.wardhub.voice.VoiceViews.VoiceView;

/**
 * 区民の声: intake from every channel and from partner systems, the workflow (triage, assignment, transfer, answer,
 * close, publication) with its history, and the personal data, read only by the staff who handle the voice.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@RetryOnConflict
public class VoiceService {

    static final String ENTITY = "voice";

    /** What the audit trail keeps of a voice before and after a change: the workflow facts, no text, no personal data. */
    record AuditState(String reference, VoiceState status, VoiceType type, VoiceChannel channel,
            List<String> categories,
            String wardCode, String assignedWardCode, String assignedSectionCode, String assignedStaff,
            LocalDate dueOn,
            Publication publication,
            NotPublishedReason notPublishedReason) {
    }

    @Inject
    SearchIndex search;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    Idempotency idempotency;

    @Inject
    VoiceReferences references;

    @Inject
    OrganizationService organization;

    @Inject
    StaffService staff;

    @Inject
    NotificationService notifications;

    @Inject
    VoiceReportService reports;

    @Inject
    Event<VoiceChanged> changed;

    @Inject
    DataChanges dataChanges;

    /**
     * Pages of the list until the next voice change commits: staff open the same few pages (their ward's newest, the
     * overdue ones) far more often than voices change. The condition holds the caller's scope, today the overdue flags.
     */
    @CacheName("voices.pages")
    Cache pages;

    /** Every {@code voices.*} cache (pages, statistics, totals), on every instance, is dropped once a voice change commits. */
    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) VoiceChanged event) {
        dataChanges.changed("voices");
    }

    @Inject
    ResidentMail mail;

    @Inject
    VoiceCounts counts;

    @ConfigProperty(name = "wardhub.voice.coordinator-section", defaultValue = "ward-coordination")
    String coordinatorSection;

    @ConfigProperty(name = "wardhub.voice.answer-days", defaultValue = "14")
    int answerDays;

    // ---- intake ----

    /**
     * Takes a voice in. Partners must send an {@code Idempotency-Key}; staff may. Ward roles take in voices for their
     * own ward (which is also the default when they give none).
     */
    @Transactional
    public Created<VoiceView> create(@NotNull @Valid VoiceInput input, String idempotencyKey) {
        return create(input, idempotencyKey, "voice-create", VoicePolicy.isPartner(caller.get()));
    }

    /** 対話集会で出た意見: a voice raised at a dialogue meeting, linked back to it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Created<VoiceView> createAtMeeting(long meetingId, VoiceInput input, String idempotencyKey) {
        return create(input, idempotencyKey, "dialogue-meeting-voice", false, meetingId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Created<VoiceView> create(VoiceInput input, String idempotencyKey, String operation, boolean keyRequired) {
        return create(input, idempotencyKey, operation, keyRequired, null);
    }

    private Created<VoiceView> create(VoiceInput input, String idempotencyKey, String operation, boolean keyRequired,
            Long meetingId) {
        Caller c = caller.get();
        String ward = input.wardCode() == null && VoicePolicy.isWardRole(c) ? c.wardCode() : input.wardCode();
        if (!VoicePolicy.canTakeIn(c, ward)) {
            throw ProblemException.forbidden(VoicePolicy.isWardRole(c)
                    ? "区の職員が受け付けられるのは自分の区の声です (ward staff take in voices for their own ward)"
                    : "区民の声を受け付ける権限がありません (needs a staff role or the voices:write scope)");
        }
        if (keyRequired && idempotencyKey == null) {
            throw ProblemException.invalid(Idempotency.HEADER, "Required",
                    "連携システムからの登録には Idempotency-Key ヘッダーが必要です (partners must send an Idempotency-Key header)");
        }
        return idempotency.once(idempotencyKey, operation, input, VoiceView.class, () -> {
            VoiceView created = receive(input, ward, c, meetingId);
            return new Created<>(Long.toString(created.id()), created, false);
        });
    }

    private VoiceView receive(VoiceInput input, String ward, Caller c, Long meetingId) {
        return view(store(input, ward, c.username(), meetingId), c);
    }

    /**
     * A voice a resident sent through the public form (no sign-in): taken in through the web form channel, with the
     * hash of its access code, its re-encoded photos and, when given, the contact details, all in one transaction; the
     * receipt is mailed once it commits.
     */
    @Transactional
    public Voice receiveFromResident(VoiceInput input, List<PhotoCleaner.Cleaned> photos, String accessCode) {
        Voice v = store(input, input.wardCode(), RESIDENT, null);
        v.accessCodeHash = ResidentVoiceService.codeHash(v.reference, accessCode);
        for (int i = 0; i < photos.size(); i++) {
            PhotoCleaner.Cleaned p = photos.get(i);
            VoicePhoto photo = new VoicePhoto();
            photo.voiceId = v.id;
            photo.position = i + 1;
            photo.mediaType = p.mediaType();
            photo.width = p.width();
            photo.height = p.height();
            photo.content = p.content();
            photo.persist();
        }
        PersonalDataInput p = input.personalData();
        if (p != null && notBlank(p.email())) {
            mail.receipt(v, p.email().trim(), accessCode);
        }
        return v;
    }

    /** Who took in a voice the resident sent through the public form, as its history and audit trail say. */
    static final String RESIDENT = "resident";

    private Voice store(VoiceInput input, String ward, String actor, Long meetingId) {
        LocalDate today = BusinessTime.today();
        LocalDate received = input.receivedOn() == null ? today : input.receivedOn();
        if (received.isAfter(today)) {
            throw ProblemException.invalid("receivedOn", "PastOrPresent", "未来の日付は指定できません (must not be in the future)");
        }
        requireWard("wardCode", ward);
        Instant now = Instant.now();
        Voice v = new Voice();
        v.reference = references.next(today.getYear());
        v.channel = input.channel();
        v.type = input.type();
        v.categories = categories("categories", input.categories());
        v.wardCode = ward;
        v.schoolDistrict = blankToNull(input.schoolDistrict());
        v.text = input.text();
        v.location = blankToNull(input.location());
        v.latitude = input.latitude();
        v.longitude = input.longitude();
        v.receivedOn = received;
        v.dueOn = received.plusDays(answerDays);
        v.status = VoiceState.RECEIVED;
        v.dialogueMeetingId = meetingId;
        v.createdBy = actor;
        v.createdAt = now;
        v.updatedAt = now;
        v.searchText = searchText(v);
        v.persistAndFlush();
        counts.added(v);
        search.put(SearchKind.VOICE, v.id, v.searchText);
        history(v, VoiceHistory.RECEIVE, null, VoiceState.RECEIVED, null, null, null, actor, now);
        changed.fire(new VoiceChanged(v.id));
        audit.recordAs(actor, "create", ENTITY, v.id, null, auditState(v));
        PersonalDataInput p = input.personalData();
        if (p != null && (notBlank(p.name()) || notBlank(p.address()) || notBlank(p.phone()) || notBlank(p.email()))) {
            VoicePersonalData data = new VoicePersonalData();
            data.voiceId = v.id;
            data.name = blankToNull(p.name());
            data.address = blankToNull(p.address());
            data.phone = blankToNull(p.phone());
            data.email = blankToNull(p.email());
            data.consentToContact = p.consentToContact();
            data.persist();
            audit.recordAs(actor, "create-personal-data", ENTITY, v.id, null, null); // the fact, never the data
        }
        return v;
    }

    // ---- publication ----

    /** What in a text to be published looks like personal data (the detector flags, staff decide). */
    public PublicationCheck checkPublication(@NotNull @Valid PublicationCheckInput input) {
        return new PublicationCheck(PersonalDataDetector.find(input.text()));
    }

    /**
     * A public text and answer go out only when every flag of the detector has been looked at: edited away, or
     * confirmed by its text. Staff decide; the detector only makes sure nothing was overlooked.
     */
    private static void requireConfirmed(String publishedText, String publishedAnswer, List<String> confirmed) {
        Set<String> seen = confirmed == null ? Set.of() : Set.copyOf(confirmed);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (var field : List.of(Map.entry("publishedText", publishedText),
                Map.entry("publishedAnswer", publishedAnswer == null ? "" : publishedAnswer))) {
            List<String> open = PersonalDataDetector.find(field.getValue()).stream()
                    .map(PersonalDataDetector.Flag::text).filter(flagged -> !seen.contains(flagged)).distinct()
                    .toList();
            if (!open.isEmpty()) {
                String listed = open.stream().map(f -> "「" + f + "」").collect(Collectors.joining(""));
                errors.add(new Problem.FieldError(field.getKey(), "PersonalData", "個人情報らしき記述があります: " + listed
                        + "。直すか、確かめて公表してよいものは confirmedFlags に入れてください (looks like personal data: edit it, or confirm each in confirmedFlags)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.get(0).message(), errors, Map.of());
        }
    }

    /** The photos chosen for publication: each a photo the voice has, named once. */
    private static Set<Integer> requirePhotos(long voiceId, List<Integer> positions) {
        Set<Integer> chosen = new HashSet<>(positions == null ? List.of() : positions);
        Set<Integer> existing = Set.copyOf(VoicePhoto.<VoicePhoto>find("voiceId", voiceId).stream()
                .map(p -> p.position).toList());
        if (chosen.size() != (positions == null ? 0 : positions.size()) || !existing.containsAll(chosen)) {
            throw ProblemException.invalid("publicPhotos", "Exists",
                    "この声にある写真の番号を重ねずに指定してください: " + existing.stream().sorted().toList()
                            + " (name each of the voice's photos at most once)");
        }
        return chosen;
    }

    // ---- reading ----

    public VoicePage list(VoiceFilter filter, PageRequest page) {
        Caller c = caller.get();
        LocalDate today = BusinessTime.today();
        ListQuery query = filter.query(c, today);
        // The page's ids first, then those voices: the filters are all on index columns, so the search reads index
        // entries only and whole voices are read just for the page (at 250,000 voices the overdue list went from
        // reading ~4,000 rows to 20).
        // kept under the day the query and the overdue flags were made for (one reading of the clock)
        return Caches.get(pages, new PageKey(query.condition(), page, today), key -> {
            long total = reports.total(c, filter, query);
            List<Voice> voices = Voice.inOrder(query.rows("v.id", Long.class, "v.receivedOn desc, v.id desc", page,
                    total));
            List<VoiceSummary> items = voices.stream().map(v -> summary(v, today)).toList();
            return new VoicePage(items, page.page(), page.size(), total);
        });
    }

    public VoiceView get(long id) {
        Caller c = caller.get();
        Voice v = find(id);
        requireRead(c, v);
        return view(v, c);
    }

    /** The resident's personal data: only for those who handle the voice, and every read is audited. */
    @Transactional
    public PersonalDataView personalData(long id) {
        Caller c = caller.get();
        Voice v = find(id);
        if (!VoicePolicy.canReadPersonalData(c, Subject.of(v))) {
            throw ProblemException.forbidden("個人情報を見られるのは、この声を担当する職員だけです (only the staff handling this voice)");
        }
        VoicePersonalData p = VoicePersonalData.findById(id);
        if (p == null) {
            throw ProblemException.notFound("この声の個人情報", "personal data of this voice", v.reference);
        }
        audit.record("read-personal-data", ENTITY, id, null, null);
        return new PersonalDataView(v.id, v.reference, p.name, p.address, p.phone, p.email, p.consentToContact);
    }

    /** A photo of a voice, for those who may read the voice. */
    public VoicePhoto photo(long id, int position) {
        requireRead(caller.get(), find(id));
        return VoicePhoto.<VoicePhoto>find("voiceId = ?1 and position = ?2", id, position).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("写真", "photo", id + "/" + position));
    }

    private static List<PhotoView> photos(long voiceId) {
        return Panache.getEntityManager().createQuery("select new " + PhotoView.class.getName()
                + "(p.position, p.mediaType, p.width, p.height, p.published) from VoicePhoto p where p.voiceId = :voice"
                + " order by p.position", PhotoView.class).setParameter("voice", voiceId).getResultList();
    }

    // ---- the workflow ----

    @Transactional
    public VoiceView triage(long id, String ifMatch, @NotNull @Valid TriageInput input) {
        return transition(id, ifMatch, Action.TRIAGE, input.note(), v -> {
            if (input.wardCode() != null) {
                requireWard("wardCode", input.wardCode());
                v.wardCode = input.wardCode();
            }
            if (input.categories() != null) {
                v.categories.clear();
                v.categories.addAll(categories("categories", input.categories()));
            }
            if (input.dueOn() != null) {
                if (input.dueOn().isBefore(v.receivedOn)) {
                    throw ProblemException.invalid("dueOn", "NotBeforeReceipt",
                            "受付日より前にはできません (must not be before the received date)");
                }
                v.dueOn = input.dueOn();
            }
        });
    }

    @Transactional
    public VoiceView assign(long id, String ifMatch, @NotNull @Valid AssignInput input) {
        Assignment to = assignment(input.wardCode(), input.sectionCode(), input.staffUsername());
        return transition(id, ifMatch, Action.ASSIGN, input.note(), v -> assignTo(v, to, false));
    }

    /**
     * 移ちょう: hands an assigned voice to another ward, section or person; it stays assigned, and the history says
     * where from.
     */
    @Transactional
    public VoiceView transfer(long id, String ifMatch, @NotNull @Valid AssignInput input) {
        Assignment to = assignment(input.wardCode(), input.sectionCode(), input.staffUsername());
        return transition(id, ifMatch, Action.TRANSFER, input.note(), v -> assignTo(v, to, true));
    }

    @Transactional
    public VoiceView answer(long id, String ifMatch, @NotNull @Valid AnswerInput input) {
        String who = caller.get().username();
        return transition(id, ifMatch, Action.ANSWER, input.note(), v -> {
            v.answer = input.answer();
            v.answeredAt = Instant.now();
            v.answeredBy = who;
            mail.answered(v);
        });
    }

    @Transactional
    public VoiceView close(long id, String ifMatch, @Valid CloseInput input) {
        return transition(id, ifMatch, Action.CLOSE, input == null ? null : input.note(), v -> {
        });
    }

    @Transactional
    public VoiceView publish(long id, String ifMatch, @NotNull @Valid PublishInput input) {
        return transition(id, ifMatch, Action.PUBLISH, input.note(), v -> {
            boolean text = notBlank(input.publishedText());
            if (text == (input.notPublishedReason() != null)) {
                throw ProblemException.invalid("publishedText", "OneOf",
                        "公表文か公表しない理由のどちらか一方を指定してください (give either publishedText or notPublishedReason)");
            }
            String answer = !text ? null : notBlank(input.publishedAnswer()) ? input.publishedAnswer() : v.answer;
            Set<Integer> photos = text ? requirePhotos(v.id, input.publicPhotos()) : Set.of();
            if (text) {
                requireConfirmed(input.publishedText(), answer, input.confirmedFlags());
            }
            if (text && v.publication != Publication.PUBLISHED) {
                mail.published(v); // once: a revised public text is no news to the resident
            }
            v.publication = text ? Publication.PUBLISHED : Publication.NOT_PUBLISHED;
            v.publishedText = text ? input.publishedText() : null;
            v.publishedAnswer = answer;
            v.notPublishedReason = input.notPublishedReason();
            // a revised public text is a new publication: the feed shows it again
            v.publishedAt = text ? Instant.now() : null;
            VoicePhoto.update("published = case when position in ?1 then true else false end where voiceId = ?2",
                    photos.isEmpty() ? List.of(0) : photos, v.id);
        });
    }

    /**
     * Every transition: who may (403), If-Match (428/412), whether the state allows it (409), then the change, one
     * history row and one audit entry, all in the caller's transaction.
     */
    private VoiceView transition(long id, String ifMatch, Action action, String note, Consumer<Voice> change) {
        return view(transit(id, ifMatch, action, note, change), caller.get());
    }

    private Voice transit(long id, String ifMatch, Action action, String note, Consumer<Voice> change) {
        Caller c = caller.get();
        Voice v = find(id);
        if (!VoicePolicy.may(c, Subject.of(v), action, coordinatorSection)) {
            throw ProblemException.forbidden(action == Action.ANSWER
                    ? "回答できるのは担当の区・課の職員です (only the assigned ward or section answers)"
                    : "この声を扱う権限がありません (you do not coordinate or handle this voice)");
        }
        ETags.require(ifMatch, v.version);
        VoiceState from = v.status;
        VoiceState to = from.after(action);
        String fromAssignee = v.historyAssignee();
        AuditState before = auditState(v);
        VoiceCounts.Key counted = VoiceCounts.Key.of(v);
        change.accept(v);
        v.status = to;
        counts.moved(counted, v);
        Instant now = Instant.now();
        v.updatedAt = now;
        // most steps change neither text: their documents (and the full-text index) are then left as they are
        String searchText = searchText(v);
        if (!searchText.equals(v.searchText)) {
            v.searchText = searchText;
            search.put(SearchKind.VOICE, v.id, searchText);
        }
        String publicSearchText = publicSearchText(v);
        if (!Objects.equals(publicSearchText, v.publicSearchText)) {
            v.publicSearchText = publicSearchText;
            search.put(SearchKind.VOICE_PUBLIC, v.id, publicSearchText);
        }
        history(v, action.name(), from, to, fromAssignee, v.historyAssignee(), note, c.username(), now);
        changed.fire(new VoiceChanged(v.id));
        Panache.getEntityManager().flush();
        audit.record(action.name().toLowerCase(java.util.Locale.ROOT), ENTITY, v.id, before, auditState(v));
        if ((action == Action.ASSIGN || action == Action.TRANSFER) && !v.historyAssignee().equals(fromAssignee)) {
            notifyAssignee(v);
        }
        return v;
    }

    /**
     * Where a voice goes: a ward, an HQ section, or a person with their ward (WARD staff) or section (HQ staff), so
     * that whoever handles the voice by the policy's rules still does. {@code field} names the input given.
     */
    record Assignment(String wardCode, String sectionCode, String staff, String field) {

        String historyAssignee() {
            return staff != null ? "staff:" + staff : wardCode != null ? "ward:" + wardCode : "section:" + sectionCode;
        }
    }

    /** The assignment the input names, checked once (a bad one is a 400 naming its field). */
    private Assignment assignment(String wardCode, String sectionCode, String staffUsername) {
        boolean ward = notBlank(wardCode);
        boolean section = notBlank(sectionCode);
        boolean person = notBlank(staffUsername);
        if ((ward ? 1 : 0) + (section ? 1 : 0) + (person ? 1 : 0) != 1) {
            throw ProblemException.invalid("wardCode", "OneOf",
                    "区 (wardCode)・課 (sectionCode)・担当者 (staffUsername) のどれか一つを指定してください (give exactly one of wardCode, sectionCode or staffUsername)");
        }
        if (ward) {
            requireWard("wardCode", wardCode);
            return new Assignment(wardCode, null, null, "wardCode");
        }
        if (section) {
            if (organization.sectionRef(sectionCode).isEmpty()) {
                throw ProblemException.invalid("sectionCode", "Exists", "存在しない課です (unknown section)");
            }
            return new Assignment(null, sectionCode, null, "sectionCode");
        }
        StaffService.Person p = staff.activePerson(staffUsername.trim()).orElseThrow(() -> ProblemException
                .invalid("staffUsername", "Exists", "有効な職員アカウントではありません (no active staff account of that name)"));
        if (p.role() == Role.WARD && p.wardCode() != null) {
            return new Assignment(p.wardCode(), null, p.username(), "staffUsername");
        }
        if (p.role() == Role.HQ && p.sectionCode() != null) {
            return new Assignment(null, p.sectionCode(), p.username(), "staffUsername");
        }
        throw ProblemException.invalid("staffUsername", "Handler",
                "担当者にできるのは区の職員と課に属する本庁職員です (only ward staff or HQ staff of a section handle voices)");
    }

    private static void assignTo(Voice v, Assignment to, boolean transfer) {
        if (transfer && to.historyAssignee().equals(v.historyAssignee())) {
            throw ProblemException.invalid(to.field(), "Different",
                    "いまの担当と同じです。移ちょう先を指定してください (already assigned there)");
        }
        v.assignedWardCode = to.wardCode();
        v.assignedSectionCode = to.sectionCode();
        v.assignedStaff = to.staff();
    }

    /**
     * Those who now handle the voice are told: the person it is assigned to, or else the assigned ward's ward staff or
     * the assigned section's HQ staff.
     */
    private void notifyAssignee(Voice v) {
        var message = new NotificationService.Message("voice-assigned", "区民の声 " + v.reference + " が割り当てられました",
                "Voice " + v.reference + " was assigned to you", "/voices/" + v.id, null);
        if (v.assignedStaff != null) {
            notifications.toUsers(List.of(v.assignedStaff), message);
        } else if (v.assignedWardCode != null) {
            notifications.toWard(v.assignedWardCode, message);
        } else {
            notifications.toUsers(staff.sectionStaff(v.assignedSectionCode), message);
        }
    }

    // ---- work queues ----

    /** 409: a bulk action refused as a whole; {@code errors} names each voice that stood in the way and why. */
    public static final ProblemType BULK_REFUSED = ProblemType.of("voice-bulk-refused", 409,
            "まとめて操作できない声があります。どの声も変えていません", "Some voices could not be changed; none was changed");

    /**
     * One action on several voices, all or nothing: each voice goes through the same path as the single action (who
     * may, If-Match against the version read, what the state allows, history, audit, notification). If any voice is
     * refused, none changes, and the 409 lists every refused voice with the reason (Forbidden, Stale,
     * IllegalTransition, NotFound, Invalid). An {@code Idempotency-Key} makes a retry safe.
     */
    @Transactional
    public BulkResult bulk(@NotNull @Valid BulkInput input, String idempotencyKey) {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < input.items().size(); i++) {
            if (!seen.add(input.items().get(i).id())) {
                throw ProblemException.invalid("items[" + i + "].id", "Unique",
                        "同じ声が二度指定されています (the same voice is listed twice)");
            }
        }
        Consumer<Voice> change;
        Action action;
        switch (input.action()) {
            case TRIAGE -> {
                Set<String> categories = input.categories() == null || input.categories().isEmpty() ? null
                        : categories("categories", input.categories());
                action = Action.TRIAGE;
                change = v -> {
                    if (categories != null) {
                        v.categories.clear();
                        v.categories.addAll(categories);
                    }
                };
            }
            case ASSIGN, TRANSFER -> {
                Assignment to = assignment(input.wardCode(), input.sectionCode(), input.staffUsername());
                boolean transfer = input.action() == BulkAction.TRANSFER;
                action = transfer ? Action.TRANSFER : Action.ASSIGN;
                change = v -> assignTo(v, to, transfer);
            }
            case CLOSE -> {
                action = Action.CLOSE;
                change = v -> {
                };
            }
            case CATEGORIZE -> {
                if (input.categories() == null || input.categories().isEmpty()) {
                    throw ProblemException.invalid("categories", "NotEmpty",
                            "分類を一つ以上指定してください (give at least one category)");
                }
                Set<String> categories = categories("categories", input.categories());
                action = null;
                change = v -> {
                    v.categories.clear();
                    v.categories.addAll(categories);
                };
            }
            default -> throw new IllegalStateException();
        }
        return idempotency.once(idempotencyKey, "voice-bulk", input, BulkResult.class, () -> {
            List<Problem.FieldError> refused = new ArrayList<>();
            List<Voice> changed = new ArrayList<>();
            for (int i = 0; i < input.items().size(); i++) {
                BulkItem item = input.items().get(i);
                String ifMatch = ETags.of(item.version()).toString();
                try {
                    changed.add(action == null ? categorize(item.id(), ifMatch, input.note(), change)
                            : transit(item.id(), ifMatch, action, input.note(), change));
                } catch (ProblemException e) {
                    refused.add(refusal(i, item.id(), e));
                }
            }
            if (!refused.isEmpty()) {
                throw new ProblemException(BULK_REFUSED, refused.size() + " 件の声を変えられません。どの声も変えていません ("
                        + refused.size() + " of the voices could not be changed; none was changed)", refused, Map.of());
            }
            LocalDate today = BusinessTime.today();
            return new Created<>("bulk", new BulkResult(input.action(),
                    changed.stream().map(v -> summary(v, today)).toList()), false);
        }).body();
    }

    /** Why one voice of a bulk action was refused, as the single action's problem said it. */
    private static Problem.FieldError refusal(int index, long id, ProblemException e) {
        ProblemType type = e.problemType();
        String rule = type.equals(ProblemType.FORBIDDEN) ? "Forbidden"
                : type.equals(ProblemType.PRECONDITION_FAILED) ? "Stale"
                : type.equals(ProblemType.ILLEGAL_TRANSITION) ? "IllegalTransition"
                : type.equals(ProblemType.NOT_FOUND) ? "NotFound"
                : type.equals(ProblemType.VALIDATION) ? "Invalid" : null;
        if (rule == null) {
            throw e;
        }
        String reference = Voice.<Voice>findByIdOptional(id).map(v -> v.reference + ": ").orElse("");
        return new Problem.FieldError("items[" + index + "]", rule, reference + e.getMessage(), null,
                Long.toString(id));
    }

    /** Corrects a voice's categories without moving it on: the same checks and records as a transition. */
    private Voice categorize(long id, String ifMatch, String note, Consumer<Voice> change) {
        Caller c = caller.get();
        Voice v = find(id);
        if (!VoicePolicy.canCategorize(c, Subject.of(v), coordinatorSection)) {
            throw ProblemException.forbidden("この声を扱う権限がありません (you do not coordinate or handle this voice)");
        }
        ETags.require(ifMatch, v.version);
        v.status.requireCategorizable();
        AuditState before = auditState(v);
        VoiceCounts.Key counted = VoiceCounts.Key.of(v);
        change.accept(v);
        counts.moved(counted, v);
        Instant now = Instant.now();
        v.updatedAt = now;
        history(v, CATEGORIZE, v.status, v.status, v.historyAssignee(), v.historyAssignee(), note, c.username(), now);
        changed.fire(new VoiceChanged(v.id));
        Panache.getEntityManager().flush();
        audit.record("categorize", ENTITY, v.id, before, auditState(v));
        return v;
    }

    /** The history's name for a change of categories outside triage. */
    static final String CATEGORIZE = "CATEGORIZE";

    /** The people voices can be assigned to, for those who assign them. */
    public List<AssigneeView> assignees() {
        Caller c = caller.get();
        if (!(c.is(Role.ADMIN) || c.is(Role.HQ) || c.is(Role.WARD))) {
            throw ProblemException.forbidden("担当者を選べるのは管理者・本庁職員・区の職員です (administrators, HQ and ward staff)");
        }
        return staff.handlers().stream().map(p -> new AssigneeView(p.username(), p.displayName(), p.role(),
                p.wardCode(), p.bureauCode(), p.sectionCode())).toList();
    }

    // ---- helpers ----

    static Voice find(long id) {
        return Voice.<Voice>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("区民の声", "voice", id));
    }

    /** Staff who may not see a voice are told so; to a partner, a voice it did not send does not exist. */
    static void requireRead(Caller c, Voice v) {
        if (!VoicePolicy.canRead(c, Subject.of(v))) {
            if (VoicePolicy.isPartner(c)) {
                throw ProblemException.notFound("区民の声", "voice", v.id);
            }
            throw ProblemException.forbidden("この声を見る権限がありません (not a voice of your ward)");
        }
    }

    private void requireWard(String field, String ward) {
        if (ward != null && !organization.wardExists(ward)) {
            throw ProblemException.invalid(field, "Exists", "存在しない区コードです (unknown ward code)");
        }
    }

    /** The category codes, each known, without repeats; the field names the first unknown one. */
    static Set<String> categories(String field, List<String> codes) {
        Set<String> known = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i).trim();
            if (VoiceCategory.findById(code) == null) {
                throw ProblemException.invalid(field + "[" + i + "]", "Exists",
                        "存在しない分類です: " + code + " (unknown category)");
            }
            known.add(code);
        }
        return known;
    }

    private static void history(Voice v, String action, VoiceState from, VoiceState to, String fromAssignee,
            String toAssignee,
            String note, String actor, Instant at) {
        VoiceHistory h = new VoiceHistory();
        h.voiceId = v.id;
        h.occurredAt = at;
        h.actor = actor;
        h.action = action;
        h.fromStatus = from;
        h.toStatus = to;
        h.fromAssignee = fromAssignee;
        h.toAssignee = toAssignee;
        h.note = blankToNull(note);
        h.persist();
    }

    private static String searchText(Voice v) {
        return SearchText.of(v.reference, v.schoolDistrict, v.location, v.text, v.answer);
    }

    /** Mirrored by the migration V17_1, which filled the column for the voices published before it existed. */
    static String publicSearchText(Voice v) {
        return v.publication == Publication.PUBLISHED ? SearchText.of(v.reference, v.publishedText, v.publishedAnswer)
                : null;
    }

    static AuditState auditState(Voice v) {
        return new AuditState(v.reference, v.status, v.type, v.channel, List.copyOf(v.categories), v.wardCode,
                v.assignedWardCode, v.assignedSectionCode, v.assignedStaff, v.dueOn, v.publication,
                v.notPublishedReason);
    }

    static boolean overdue(Voice v, LocalDate today) {
        return v.status.awaitsAnswer() && v.dueOn.isBefore(today);
    }

    VoiceView view(Voice v, Caller c) {
        List<HistoryView> history = VoiceHistory.<VoiceHistory>list("voiceId", Sort.by("occurredAt").and("id"), v.id)
                .stream()
                .map(h -> new HistoryView(h.occurredAt, h.actor, h.action, h.fromStatus, h.toStatus, h.fromAssignee,
                        h.toAssignee, h.note))
                .toList();
        return new VoiceView(v.id, v.reference, v.channel, v.type, new ArrayList<>(v.categories), v.wardCode,
                v.schoolDistrict,
                v.text, v.location, v.latitude, v.longitude, v.receivedOn, v.dueOn, overdue(v, BusinessTime.today()),
                v.status,
                v.assignedWardCode, v.assignedSectionCode, v.assignedStaff,
                v.answer, v.answeredAt, v.answeredBy,
                new PublicationView(v.publication, v.publishedText, v.publishedAnswer, v.notPublishedReason),
                VoicePersonalData.count("voiceId", v.id) > 0, VoicePolicy.canReadPersonalData(c, Subject.of(v)),
                v.dialogueMeetingId, photos(v.id),
                v.createdBy, v.createdAt, v.updatedAt,
                VoicePolicy.actions(c, Subject.of(v), v.status, coordinatorSection), history, v.version);
    }

    /** A voice in a list. */
    static VoiceSummary summary(Voice v, LocalDate today) {
        String excerpt = v.text.length() > 100 ? v.text.substring(0, 100) + "…" : v.text;
        return new VoiceSummary(v.id, v.reference, v.channel, v.type, new ArrayList<>(v.categories), v.wardCode,
                v.schoolDistrict,
                excerpt, v.receivedOn, v.dueOn, overdue(v, today), v.status, v.assignedWardCode, v.assignedSectionCode,
                v.assignedStaff, v.publication, v.version);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String blankToNull(String s) {
        return notBlank(s) ? s.trim() : null;
    }
}
