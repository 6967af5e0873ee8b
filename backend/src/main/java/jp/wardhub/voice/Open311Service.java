package jp.wardhub.voice;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.CurrentCaller;
import jp.wardhub.organization.OrganizationService;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.ProblemType;
import jp.wardhub.platform.PublicSite;
import jp.wardhub.platform.list.Condition;
import jp.wardhub.platform.list.ListQuery;
import jp.wardhub.platform.retry.RetryOnConflict;
import jp.wardhub.voice.Open311Views.Attribute;
import jp.wardhub.voice.Open311Views.AttributeValue;
import jp.wardhub.voice.Open311Views.Created;
import jp.wardhub.voice.Open311Views.Request;
import jp.wardhub.voice.Open311Views.RequestInput;
import jp.wardhub.voice.Open311Views.RequestSearch;
import jp.wardhub.voice.Open311Views.Service;
import jp.wardhub.voice.Open311Views.ServiceDefinition;
import jp.wardhub.voice.VoiceViews.PersonalDataInput;
import jp.wardhub.voice.VoiceViews.VoiceInput;

/**
 * Open311 GeoReport v2 over residents' voices: the categories are the services, a service request is a voice (taken
 * in through the web form channel, a request (要望) unless its VOICE_TYPE attribute says otherwise) and its id is the
 * voice's reference number.
 * <ul>
 * <li>Partner systems (scope {@value VoicePolicy#WRITE_SCOPE}) send requests, and read the requests they sent as they
 * sent them.</li>
 * <li>Anyone reads the published voices (公表された声), in their published form only: the published text as the
 * description, never the resident's words or personal data, and no address or coordinates, as staff check only the
 * published text before publishing and the place a resident gave may be their home.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@RetryOnConflict
public class Open311Service {

    /** Fields of the spec that are accepted and not used. */
    static final Set<String> IGNORED = Set.of("jurisdiction_id", "api_key", "address_id", "device_id", "account_id",
            "media_url");
    static final Set<String> FIELDS = Set.of("service_code", "description", "lat", "long", "address_string", "email",
            "first_name", "last_name", "phone");
    /** The attributes every service takes, by code; see {@link #definition}. */
    static final String VOICE_TYPE = "VOICE_TYPE";
    static final String WARD = "WARD";
    static final String SCHOOL_DISTRICT = "SCHOOL_DISTRICT";
    private static final int SCHOOL_DISTRICT_MAX = 50;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final int DEFAULT_DAYS = 90;
    private static final int MAX_RESULTS = 1000;

    @Inject
    CurrentCaller caller;

    @Inject
    PublicSite site;

    @ConfigProperty(name = "wardhub.open311.jurisdiction-id", defaultValue = "city.kumamoto.jp")
    String jurisdiction;

    @Inject
    VoiceService voices;

    @Inject
    VoiceCategories categories;

    @Inject
    OrganizationService organization;

    /** A jurisdiction_id other than ours is GeoReport v2's 404; none at all is fine, as we serve one jurisdiction. */
    void requireJurisdiction(String given) {
        if (given != null && !given.isBlank() && !given.trim().equals(jurisdiction)) {
            throw new ProblemException(ProblemType.NOT_FOUND,
                    "jurisdiction_id not found: " + jurisdiction + " only (対象外の自治体です)");
        }
    }

    public List<Service> services(String jurisdictionId) {
        requireJurisdiction(jurisdictionId);
        // every service takes the attributes of attributes(), so every service has metadata
        return categories.byCode().values().stream()
                .map(c -> new Service(c.code, c.nameJa, c.description, true, "realtime", c.keywords, c.groupJa))
                .toList();
    }

    /** GET Service Definition: what a request of the service may carry besides its description. */
    public ServiceDefinition definition(String jurisdictionId, String code) {
        requireJurisdiction(jurisdictionId);
        if (!categories.exists(code)) {
            throw ProblemException.notFound("サービス", "service", code);
        }
        return new ServiceDefinition(code, attributes());
    }

    /**
     * What a voice takes in beyond the text and place, as GeoReport attributes (the same for every category): its
     * type, the ward it concerns and the school district (校区).
     */
    List<Attribute> attributes() {
        List<AttributeValue> types = Arrays.stream(VoiceType.values())
                .map(t -> new AttributeValue(t.name(), t.ja + " (" + t.en + ")")).toList();
        List<AttributeValue> wards = organization.wards().stream()
                .map(w -> new AttributeValue(w.code(), w.nameJa())).toList();
        return List.of(
                new Attribute(true, VOICE_TYPE, "singlevaluelist", false, null, 1,
                        "種別。省略すると要望 (the kind of voice; a request when left out)", types),
                new Attribute(true, WARD, "singlevaluelist", false, null, 2,
                        "どの区のことか。市全体のことや分からないときは省略 (the ward concerned; left out for the whole city or when unknown)",
                        wards),
                new Attribute(true, SCHOOL_DISTRICT, "string", false,
                        SCHOOL_DISTRICT_MAX + " 文字まで (up to " + SCHOOL_DISTRICT_MAX + " characters)", 3,
                        "校区 (school district)", null));
    }

    /** The request's fields, by their Open311 names, checked; the voice is created as the partner's. */
    @Transactional
    public List<Created> submit(Map<String, String> fields, String idempotencyKey) {
        requirePartner();
        requireJurisdiction(fields.get("jurisdiction_id"));
        for (String name : fields.keySet()) {
            if (!FIELDS.contains(name) && !IGNORED.contains(name) && !isAttribute(name)) {
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
        VoiceType type = voiceType(fields);
        String ward = ward(fields);
        String schoolDistrict = text(fields, attribute(SCHOOL_DISTRICT), SCHOOL_DISTRICT_MAX);
        String name = String.join(" ",
                Arrays.stream(new String[] { in.lastName(), in.firstName() }).filter(s -> s != null).toList());
        PersonalDataInput personal = new PersonalDataInput(name.isEmpty() ? null : name, null, in.phone(), in.email(),
                false);
        VoiceInput voice = new VoiceInput(VoiceChannel.WEB_FORM, type, List.of(in.serviceCode()), ward,
                schoolDistrict, in.description(), null, in.addressString(), in.lat(), in.lon(), personal);
        var created = voices.create(voice, idempotencyKey, "open311-request", false);
        return List.of(new Created(created.body().reference(), notice(created.body().dueOn())));
    }

    private static String attribute(String code) {
        return "attribute[" + code + "]";
    }

    private static boolean isAttribute(String name) {
        return name.equals(attribute(VOICE_TYPE)) || name.equals(attribute(WARD))
                || name.equals(attribute(SCHOOL_DISTRICT));
    }

    private static VoiceType voiceType(Map<String, String> fields) {
        String value = text(fields, attribute(VOICE_TYPE), 30);
        if (value == null) {
            return VoiceType.REQUEST;
        }
        return Arrays.stream(VoiceType.values()).filter(t -> t.name().equals(value)).findFirst()
                .orElseThrow(() -> {
                    String allowed = String.join(", ", Arrays.stream(VoiceType.values()).map(Enum::name).toList());
                    return ProblemException.invalid(attribute(VOICE_TYPE), "Enum",
                            "次のいずれかを指定してください: " + allowed + " (one of: " + allowed + ")");
                });
    }

    private String ward(Map<String, String> fields) {
        String value = text(fields, attribute(WARD), 6);
        if (value != null && !organization.wardExists(value)) {
            throw ProblemException.invalid(attribute(WARD), "Exists",
                    "存在しない区コードです: " + value + " (unknown ward code)");
        }
        return value;
    }

    /**
     * One request: the partner's own as sent, or a published voice in its published form. Anything else is 404, as
     * if it did not exist.
     */
    public List<Request> request(String jurisdictionId, String reference) {
        requireJurisdiction(jurisdictionId);
        Caller c = caller.get();
        Voice v = reference == null ? null : Voice.<Voice>find("reference", reference.trim()).firstResult();
        if (v == null || !ownRequest(c, v) && v.publication != Publication.PUBLISHED) {
            throw ProblemException.notFound("申出", "service request", reference);
        }
        return List.of(view(c, v, categories.byCode(), new Agencies(organization),
                PublicVoiceService.publishedPhotos(List.of(v.id))));
    }

    /**
     * GET Service Requests: the published voices, and for a partner also its own, newest first, at most
     * {@value #MAX_RESULTS}. Given ids, those alone (the spec: service_request_id overrides the other parameters);
     * otherwise requests taken in between start_date and end_date, by default the {@value #DEFAULT_DAYS} days up to
     * end_date or now.
     */
    public List<Request> requests(RequestSearch search) {
        requireJurisdiction(search.jurisdictionId());
        Caller c = caller.get();
        ListQuery query = ListQuery.from("Voice v").and(visible(c));
        List<String> ids = list(search.serviceRequestId());
        if (!ids.isEmpty()) {
            if (ids.size() > MAX_RESULTS) {
                throw ProblemException.invalid("service_request_id", "Size",
                        MAX_RESULTS + " 件までです (at most " + MAX_RESULTS + " ids)");
            }
            query.and("v.reference in :ids", "ids", ids);
        } else {
            Instant end = instant("end_date", search.endDate());
            Instant start = instant("start_date", search.startDate());
            if (start == null) {
                start = (end == null ? Instant.now() : end).minus(Duration.ofDays(DEFAULT_DAYS));
            }
            if (end != null && end.isBefore(start)) {
                throw ProblemException.invalid("end_date", "Range",
                        "start_date より後の日時を指定してください (must not be before start_date)");
            }
            query.atLeast("v.createdAt", start).atMost("v.createdAt", end);
            String status = search.status() == null ? null : search.status().trim();
            if (status != null && !status.isEmpty()) {
                query.and(switch (status) {
                    case "open" -> "v.status in :open";
                    case "closed" -> "v.status not in :open";
                    default -> throw ProblemException.invalid("status", "Enum",
                            "open か closed を指定してください (open or closed)");
                }, "open", VoiceState.awaitingAnswer());
            }
            List<String> codes = list(search.serviceCode());
            if (!codes.isEmpty()) {
                query.and("exists (select 1 from Voice w join w.categories c where w = v and c in :codes)",
                        "codes", codes);
            }
        }
        List<Voice> found = query.query("v", "order by v.createdAt desc, v.id desc", Voice.class)
                .setMaxResults(MAX_RESULTS)
                .getResultList();
        Map<String, VoiceCategory> byCode = categories.byCode();
        Agencies agencies = new Agencies(organization);
        Map<Long, List<Integer>> photos = PublicVoiceService.publishedPhotos(found.stream().map(v -> v.id).toList());
        return found.stream().map(v -> view(c, v, byCode, agencies, photos)).toList();
    }

    /** The comma-separated values, trimmed, the empty ones left out. */
    private static List<String> list(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct()
                .toList();
    }

    /** A partner reads its own requests and the published ones; everyone else, signed in or not, the published. */
    private static Condition visible(Caller c) {
        if (isOpen311Partner(c)) {
            return Condition.of("(v.publication = :published or v.createdBy = :me)", "published",
                    Publication.PUBLISHED, "me", c.username());
        }
        return Condition.of("v.publication = :published", "published", Publication.PUBLISHED);
    }

    private static boolean isOpen311Partner(Caller c) {
        return VoicePolicy.isPartner(c) && c.hasScope(VoicePolicy.WRITE_SCOPE);
    }

    private static boolean ownRequest(Caller c, Voice v) {
        return isOpen311Partner(c) && c.username().equals(v.createdBy);
    }

    private Request view(Caller c, Voice v, Map<String, VoiceCategory> categories, Agencies agencies,
            Map<Long, List<Integer>> publishedPhotos) {
        String code = v.categories.stream()
                .min(Comparator.comparingInt(k -> categories.containsKey(k) ? categories.get(k).sortOrder : 0))
                .orElse(null);
        String serviceName = code == null || !categories.containsKey(code) ? null : categories.get(code).nameJa;
        boolean open = v.status.awaitsAnswer();
        boolean own = ownRequest(c, v);
        return new Request(v.reference, open ? "open" : "closed", statusNote(v.status), serviceName, code,
                own ? v.text : v.publishedText,
                agencies.of(v), open ? notice(v.dueOn) : ANSWERED_NOTICE, tokyo(v.createdAt), tokyo(v.updatedAt),
                v.dueOn.atStartOfDay(BusinessTime.ZONE).toOffsetDateTime(),
                own ? v.location : null, own ? v.latitude : null, own ? v.longitude : null,
                mediaUrl(v, publishedPhotos.getOrDefault(v.id, List.of())));
    }

    /** The photo of the matter for media_url: the first that staff published with the voice, as an absolute URL. */
    private String mediaUrl(Voice v, List<Integer> publishedPhotos) {
        return publishedPhotos.isEmpty() ? null
                : site.link(PublicVoiceViews.PublicVoiceView.photoPath(v.reference, publishedPhotos.get(0)));
    }

    /**
     * 担当: the name of who handles a voice (the ward office, or the bureau and section), looked up once per answer
     * however many requests share it.
     */
    private static final class Agencies {

        private final OrganizationService organization;
        private final Map<String, Optional<String>> names = new HashMap<>();

        Agencies(OrganizationService organization) {
            this.organization = organization;
        }

        String of(Voice v) {
            String key = v.assignee();
            if (key == null) {
                return null;
            }
            return names.computeIfAbsent(key, k -> v.assignedWardCode != null
                    ? organization.wardOfficeNameJa(v.assignedWardCode)
                    : organization.sectionNameWithBureauJa(v.assignedSectionCode)).orElse(null);
        }
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

    private static final String ANSWERED_NOTICE = "回答済みです (answered)";

    private static String notice(LocalDate due) {
        return "受け付けました。" + due + " までに回答します (we will answer by " + due + ")";
    }

    private static OffsetDateTime tokyo(Instant at) {
        return at.atZone(BusinessTime.ZONE).toOffsetDateTime();
    }

    private Caller requirePartner() {
        Caller c = caller.get();
        if (!isOpen311Partner(c)) {
            throw ProblemException
                    .forbidden("Open311 で送れるのは " + VoicePolicy.WRITE_SCOPE + " の連携システムです (for partner systems with "
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
