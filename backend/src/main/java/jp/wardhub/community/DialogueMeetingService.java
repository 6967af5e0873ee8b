package jp.wardhub.community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.panache.common.Sort;
import jp.wardhub.auth.Caller;
import jp.wardhub.auth.CurrentCaller;
import jp.wardhub.community.DialogueMeetingInputs.MeetingInput;
import jp.wardhub.community.DialogueMeetingInputs.OpinionInput;
import jp.wardhub.community.DialogueMeetingViews.MeetingPage;
import jp.wardhub.community.DialogueMeetingViews.MeetingSummary;
import jp.wardhub.community.DialogueMeetingViews.MeetingView;
import jp.wardhub.community.DialogueMeetingViews.MeetingVoice;
import jp.wardhub.community.ProjectViews.OfficeRef;
import jp.wardhub.organization.Office;
import jp.wardhub.organization.OrganizationService;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.audit.AuditLog;
import jp.wardhub.platform.idempotency.Idempotency;
import jp.wardhub.platform.idempotency.Idempotency.Created;
import jp.wardhub.platform.list.ListQuery;
import jp.wardhub.platform.retry.RetryOnConflict;
import jp.wardhub.voice.Voice;
import jp.wardhub.voice.VoiceChannel;
import jp.wardhub.voice.VoiceService;
import jp.wardhub.voice.VoiceViews.VoiceInput;
import jp.wardhub.voice.VoiceViews.VoiceView;

/**
 * 対話集会: the ward records its meetings with residents and takes in each opinion raised there as a residents' voice
 * (channel "dialogue meeting", received on the meeting's day), linked back to the meeting.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@RetryOnConflict
public class DialogueMeetingService {

    static final String ENTITY = "dialogue-meeting";

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    Idempotency idempotency;

    @Inject
    OrganizationService organization;

    @Inject
    VoiceService voices;

    /** Which meetings the list holds; a filter not given (null) means any. */
    public record Filter(String ward, LocalDate from, LocalDate to) {
    }

    public MeetingPage list(Filter filter, PageRequest page) {
        LocalDate from = filter.from();
        LocalDate to = filter.to();
        Caller c = caller.get();
        if (!DialogueMeetingPolicy.canReadMeetings(c)) {
            throw ProblemException.forbidden("対話集会を見られるのは区・本庁の職員と管理者です (ward and HQ staff and administrators)");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("to", "AfterFrom", "from 以降の日付を指定してください (must not be before from)");
        }
        ListQuery.Page<MeetingSummary> found = ListQuery.from("DialogueMeeting m")
                .and(DialogueMeetingPolicy.readScope(c))
                .equal("m.wardCode", filter.ward())
                .atLeast("m.heldOn", from)
                .atMost("m.heldOn", to)
                .page("m, (select count(v) from Voice v where v.dialogueMeetingId = m.id)", Object[].class,
                        "m.heldOn desc, m.id desc", page)
                .map(row -> {
                    DialogueMeeting m = (DialogueMeeting) row[0];
                    return new MeetingSummary(m.id, m.wardCode, m.title, m.heldOn, m.place, m.schoolDistrict,
                            m.participants,
                            (Long) row[1]);
                });
        return new MeetingPage(found.rows(), page.page(), page.size(), found.total());
    }

    public MeetingView get(long id) {
        Caller c = caller.get();
        return view(visible(id, c), c);
    }

    @Transactional
    public Created<MeetingView> create(@NotNull @Valid MeetingInput input, String idempotencyKey) {
        Caller c = caller.get();
        String ward = input.wardCode() == null && CommunityPolicy.isWardStaff(c) ? c.wardCode() : input.wardCode();
        if (!DialogueMeetingPolicy.canHold(c, ward)) {
            throw ProblemException.forbidden("対話集会を記録できるのはその区の職員と管理者です (the ward's own staff and administrators)");
        }
        if (ward == null || !organization.wardExists(ward)) {
            throw ProblemException.invalid("wardCode", "Exists", "存在する区コードを指定してください (give an existing ward)");
        }
        return idempotency.once(idempotencyKey, "dialogue-meeting-create", input, MeetingView.class, () -> {
            Instant now = Instant.now();
            DialogueMeeting m = new DialogueMeeting();
            m.wardCode = ward;
            m.createdBy = c.username();
            m.createdAt = now;
            m.updatedAt = now;
            apply(m, input);
            MeetingView created = audit.persist(ENTITY, m, x -> x.id, x -> view(x, c));
            return new Created<>(Long.toString(m.id), created, false);
        });
    }

    @Transactional
    public MeetingView update(long id, String ifMatch, @NotNull @Valid MeetingInput input) {
        Caller c = caller.get();
        DialogueMeeting m = hold(id, c);
        if (input.wardCode() != null && !input.wardCode().equals(m.wardCode)) {
            throw ProblemException.invalid("wardCode", "Unchanged", "集会の区は変更できません (a meeting stays in its ward)");
        }
        return audit.change(ENTITY, m.id, m, m.version, ifMatch, x -> view(x, c), x -> {
            apply(x, input);
            x.updatedAt = Instant.now();
        });
    }

    /** An opinion raised at the meeting, taken in as a residents' voice of the meeting's ward and day. */
    @Transactional
    public Created<VoiceView> recordOpinion(long id, @NotNull @Valid OpinionInput input, String idempotencyKey) {
        Caller c = caller.get();
        DialogueMeeting m = hold(id, c);
        VoiceInput voice = new VoiceInput(VoiceChannel.DIALOGUE_MEETING, input.type(), input.categories(), m.wardCode,
                input.schoolDistrict(), input.text(), m.heldOn, m.place, null, null, input.personalData());
        return voices.createAtMeeting(m.id, voice, idempotencyKey);
    }

    private static DialogueMeeting visible(long id, Caller c) {
        DialogueMeeting m = DialogueMeeting.findById(id);
        if (m == null || !DialogueMeetingPolicy.canRead(c, m.wardCode)) {
            throw ProblemException.notFound("対話集会", "dialogue meeting", id);
        }
        return m;
    }

    private static DialogueMeeting hold(long id, Caller c) {
        DialogueMeeting m = visible(id, c);
        if (!DialogueMeetingPolicy.canHold(c, m.wardCode)) {
            throw ProblemException.forbidden("対話集会を記録できるのはその区の職員と管理者です (the ward's own staff and administrators)");
        }
        return m;
    }

    private static void apply(DialogueMeeting m, MeetingInput in) {
        if (in.heldOn().isAfter(BusinessTime.today().plusYears(1))) {
            throw ProblemException.invalid("heldOn", "WithinAYear", "1 年以内の日付を指定してください (within a year from today)");
        }
        if (in.officeId() != null) {
            Office o = Office.findById(in.officeId());
            if (o == null) {
                throw ProblemException.invalid("officeId", "Exists", "施設台帳にある施設を指定してください (an office of the registry)");
            }
        }
        m.title = in.title();
        m.heldOn = in.heldOn();
        m.place = in.place();
        m.officeId = in.officeId();
        m.schoolDistrict = in.schoolDistrict() == null || in.schoolDistrict().isBlank() ? null
                : in.schoolDistrict().strip();
        m.participants = in.participants();
        m.minutes = in.minutes() == null || in.minutes().isBlank() ? null : in.minutes();
    }

    private static MeetingView view(DialogueMeeting m, Caller c) {
        Office o = m.officeId == null ? null : Office.findById(m.officeId);
        List<MeetingVoice> raised = Voice.<Voice>list("dialogueMeetingId", Sort.by("id"), m.id).stream()
                .map(v -> new MeetingVoice(v.id, v.reference, v.type, v.channel, List.copyOf(v.categories),
                        v.text.length() > 100 ? v.text.substring(0, 100) + "…" : v.text, v.status))
                .toList();
        return new MeetingView(m.id, m.wardCode, m.title, m.heldOn, m.place,
                o == null ? null : new OfficeRef(o.id, o.nameJa, o.nameEn), m.schoolDistrict,
                m.participants, m.minutes, raised, DialogueMeetingPolicy.canHold(c, m.wardCode), m.createdBy,
                m.createdAt, m.updatedAt,
                m.version);
    }
}
