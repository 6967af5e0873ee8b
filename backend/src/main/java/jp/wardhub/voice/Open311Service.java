package jp.wardhub.voice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.panache.common.Sort;
import jp.wardhub.auth.Caller;
import jp.wardhub.auth.CurrentCaller;
import jp.wardhub.organization.OrganizationService;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.list.ListQuery;
import jp.wardhub.platform.retry.RetryOnConflict;
import jp.wardhub.voice.Open311Views.Created;
import jp.wardhub.voice.Open311Views.Request;
import jp.wardhub.voice.Open311Views.RequestInput;
import jp.wardhub.voice.Open311Views.Service;
import jp.wardhub.voice.VoiceViews.PersonalDataInput;
import jp.wardhub.voice.VoiceViews.VoiceInput;

/**
 * Open311 GeoReport v2 over residents' voices, for partner systems: the categories are the services, a service
 * request is a voice taken in through the web form channel as a request (要望), and its id is the voice's reference
 * number. Partners (scope {@value VoicePolicy#WRITE_SCOPE}) see only the requests they sent.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@RetryOnConflict
public class Open311Service {

    /** Fields of the spec that are accepted and not used. */
    static final Set<String> IGNORED = Set.of("jurisdiction_id", "api_key", "address_id", "device_id", "account_id",
            "media_url");
    static final Set<String> FIELDS = Set.of("service_code", "description", "lat", "long", "address_string", "email",
            "first_name",
            "last_name", "phone");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final int DEFAULT_DAYS = 90;
    private static final int MAX_RESULTS = 1000;

    @Inject
    CurrentCaller caller;

    @ConfigProperty(name = "wardhub.open311.jurisdiction-id", defaultValue = "city.kumamoto.jp")
    String jurisdiction;

    @Inject
    VoiceService voices;

    @Inject
    OrganizationService organization;

    /** A jurisdiction_id other than ours is GeoReport v2's 404; none at all is fine, as we serve one jurisdiction. */
    void requireJurisdiction(String given) {
        if (given != null && !given.isBlank() && !given.trim().equals(jurisdiction)) {
            throw new Open311Error(404, "jurisdiction_id not found: " + jurisdiction + " only (対象外の自治体です)");
        }
    }

    public List<Service> services(String jurisdictionId) {
        requireJurisdiction(jurisdictionId);
        return VoiceCategory.<VoiceCategory>listAll(Sort.by("sortOrder")).stream()
                .map(c -> new Service(c.code, c.nameJa, c.description, false, "realtime", c.keywords, c.groupJa))
                .toList();
    }

    /** The request's fields, by their Open311 names, checked; the voice is created as the partner's. */
    @Transactional
    public List<Created> submit(Map<String, String> fields, String idempotencyKey) {
        requirePartner();
        requireJurisdiction(fields.get("jurisdiction_id"));
        for (String name : fields.keySet()) {
            if (!FIELDS.contains(name) && !IGNORED.contains(name) && !name.startsWith("attribute[")) {
                throw ProblemException.invalid(name, "UnknownProperty", "未知の項目です (unknown property)");
            }
        }
        RequestInput in = new RequestInput(text(fields, "service_code", 30), text(fields, "description", 8000),
                coordinate(fields, "lat", 90), coordinate(fields, "long", 180), text(fields, "address_string", 200),
                text(fields, "email", 254), text(fields, "first_name", 50), text(fields, "last_name", 50),
                text(fields, "phone", 30));
        if (in.serviceCode() == null) {
            throw ProblemException.invalid("service_code", "NotBlank", "必須です (required)");
        }
        if (VoiceCategory.findById(in.serviceCode()) == null) {
            throw ProblemException.invalid("service_code", "Exists",
                    "存在しないサービスです: " + in.serviceCode() + " (unknown service_code)");
        }
        if (in.description() == null) {
            throw ProblemException.invalid("description", "NotBlank", "必須です (required)");
        }
        if (in.email() != null && !EMAIL.matcher(in.email()).matches()) {
            throw ProblemException.invalid("email", "Email", "メールアドレスの形式ではありません (not an e-mail address)");
        }
        String name = String.join(" ",
                Arrays.stream(new String[] { in.lastName(), in.firstName() }).filter(s -> s != null).toList());
        PersonalDataInput personal = new PersonalDataInput(name.isEmpty() ? null : name, null, in.phone(), in.email(),
                false);
        VoiceInput voice = new VoiceInput(VoiceChannel.WEB_FORM, VoiceType.REQUEST, List.of(in.serviceCode()), null,
                null,
                in.description(), null, in.addressString(), in.lat(), in.lon(), personal);
        var created = voices.create(voice, idempotencyKey, "open311-request", false);
        return List.of(new Created(created.body().reference(), notice(created.body().dueOn())));
    }

    public List<Request> request(String jurisdictionId, String reference) {
        Caller c = requirePartner();
        requireJurisdiction(jurisdictionId);
        Voice v = Voice.<Voice>find("reference", reference).firstResultOptional()
                .filter(found -> VoicePolicy.canRead(c, VoicePolicy.Subject.of(found)))
                .orElseThrow(() -> ProblemException.notFound("申出", "service request", reference));
        return List.of(view(v, VoiceReportService.categories()));
    }

    public List<Request> requests(String jurisdictionId, String serviceCodes, String status, String startDate,
            String endDate) {
        Caller c = requirePartner();
        requireJurisdiction(jurisdictionId);
        Instant end = instant("end_date", endDate);
        Instant start = instant("start_date", startDate);
        if (start == null) {
            start = (end == null ? Instant.now() : end).minus(java.time.Duration.ofDays(DEFAULT_DAYS));
        }
        ListQuery query = ListQuery.from("Voice v")
                .and(VoicePolicy.readScope(c))
                .atLeast("v.createdAt", start)
                .atMost("v.createdAt", end);
        if (status != null && !status.isBlank()) {
            query.and(switch (status.trim()) {
                case "open" -> "v.status in :open";
                case "closed" -> "v.status not in :open";
                default -> throw ProblemException.invalid("status", "Enum", "open か closed を指定してください (open or closed)");
            }, "open", VoiceState.awaitingAnswer());
        }
        if (serviceCodes != null && !serviceCodes.isBlank()) {
            query.and("exists (select 1 from Voice w join w.categories c where w = v and c in :codes)",
                    "codes", Arrays.stream(serviceCodes.split(",")).map(String::trim).toList());
        }
        List<Voice> found = query.query("v", "order by v.createdAt desc, v.id desc", Voice.class)
                .setMaxResults(MAX_RESULTS)
                .getResultList();
        Map<String, VoiceCategory> categories = VoiceReportService.categories();
        return found.stream().map(v -> view(v, categories)).toList();
    }

    private Request view(Voice v, Map<String, VoiceCategory> categories) {
        String code = v.categories.stream()
                .min(Comparator.comparingInt(c -> categories.containsKey(c) ? categories.get(c).sortOrder : 0))
                .orElse(null);
        String agency = v.assignedWardCode != null
                ? organization.wardRef(v.assignedWardCode).map(w -> w.nameJa()).orElse(null)
                : organization.sectionRef(v.assignedSectionCode).map(s -> s.nameJa()).orElse(null);
        return new Request(v.reference, v.status.awaitsAnswer() ? "open" : "closed", statusNote(v.status),
                code == null || !categories.containsKey(code) ? null : categories.get(code).nameJa, code, v.text,
                agency,
                notice(v.dueOn), tokyo(v.createdAt), tokyo(v.updatedAt),
                v.dueOn.atStartOfDay(BusinessTime.ZONE).toOffsetDateTime(),
                v.location, v.latitude, v.longitude);
    }

    private static String statusNote(VoiceState s) {
        return switch (s) {
            case RECEIVED -> "受け付けました (received)";
            case TRIAGED -> "担当を決めています (being routed)";
            case ASSIGNED -> "担当の区・課で対応しています (being handled)";
            case ANSWERED -> "回答しました (answered)";
            case CLOSED -> "完了しました (closed)";
        };
    }

    private static String notice(LocalDate due) {
        return "受け付けました。" + due + " までに回答します (we will answer by " + due + ")";
    }

    private static OffsetDateTime tokyo(Instant at) {
        return at.atZone(BusinessTime.ZONE).toOffsetDateTime();
    }

    private Caller requirePartner() {
        Caller c = caller.get();
        if (!VoicePolicy.isPartner(c) || !c.hasScope(VoicePolicy.WRITE_SCOPE)) {
            throw ProblemException
                    .forbidden("Open311 は " + VoicePolicy.WRITE_SCOPE + " の連携システム用です (for partner systems with "
                            + VoicePolicy.WRITE_SCOPE + ")");
        }
        return c;
    }

    private static String text(Map<String, String> fields, String name, int max) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw ProblemException.invalid(name, "Size", max + " 文字までです (at most " + max + " characters)");
        }
        return value.trim();
    }

    private static BigDecimal coordinate(Map<String, String> fields, String name, int limit) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(value.trim());
            // 1e-999999999 parses, then overflows on rounding
            if (Math.abs(d.scale()) > 100 || d.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
                throw new NumberFormatException();
            }
            return d.setScale(6, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "Range",
                    "-" + limit + " から " + limit + " までの数です (a number from -" + limit + " to " + limit + ")");
        }
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        OffsetDateTime at;
        try {
            at = OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            try {
                at = LocalDate.parse(value.trim()).atStartOfDay(BusinessTime.ZONE).toOffsetDateTime();
            } catch (DateTimeParseException again) {
                at = null;
            }
        }
        if (at == null || !BusinessTime.hasFourDigitYear(at.toLocalDate())) { // +999999999-12-31 parses, then overflows a timestamp
            throw ProblemException.invalid(name, "DateTime",
                    "W3C 形式で 0001〜9999 年の日時を指定してください (a W3C date-time in years 0001–9999, e.g. 2026-11-01T00:00:00+09:00)");
        }
        return at.toInstant();
    }
}
