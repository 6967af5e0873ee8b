package jp.wardhub.voice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.wardhub.auth.LoginThrottle;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.ProblemType;
import jp.wardhub.platform.ReadableCodes;
import jp.wardhub.platform.SearchText;
import jp.wardhub.platform.SlidingWindow;
import jp.wardhub.platform.retry.RetryOnConflict;
import jp.wardhub.voice.ResidentVoiceViews.PublicState;
import jp.wardhub.voice.ResidentVoiceViews.Receipt;
import jp.wardhub.voice.ResidentVoiceViews.ResidentVoiceInput;
import jp.wardhub.voice.ResidentVoiceViews.Status;
import jp.wardhub.voice.VoiceViews.PersonalDataInput;
import jp.wardhub.voice.VoiceViews.VoiceInput;

/**
 * 区民の声の送信と照会: residents send voices without signing in, and follow them with the reference number and the
 * access code they were given. The form is open to anyone, so it is limited: a hidden field people leave empty, at most
 * {@code max-per-address} voices per client address within {@code window}, the same text from the same address within
 * {@code duplicate-window} refused as a duplicate, and a guessed access code counted as a failed sign-in is.
 */
@ApplicationScoped
@RetryOnConflict
public class ResidentVoiceService {

    public static final int MAX_PHOTOS = 3;

    static final ProblemType DUPLICATE = ProblemType.of("duplicate-voice", 409, "同じ内容の声を受け付けたばかりです",
            "The same voice was just received");

    /** Without 0/O, 1/I/L: a code read from a phone's screen and typed again must survive it. */
    private static final int CODE_GROUPS = 3;
    private static final int CODE_GROUP_LENGTH = 4;
    private static final int MAX_ADDRESS = 100;

    @Inject
    VoiceService voices;

    @Inject
    LoginThrottle throttle;

    @ConfigProperty(name = "wardhub.public-voice.max-per-address")
    int maxPerAddress;

    @ConfigProperty(name = "wardhub.public-voice.window")
    Duration window;

    @ConfigProperty(name = "wardhub.public-voice.duplicate-window")
    Duration duplicateWindow;

    /**
     * Takes in a resident's voice: the form's rules, the photos re-encoded (before any transaction: it is the slow
     * part), then the limits and the voice in one transaction. Returns the receipt with the access code, the one time
     * it is shown.
     */
    public Receipt send(@NotNull @Valid ResidentVoiceInput input, List<byte[]> photos, String address) {
        if (input.website() != null && !input.website().isEmpty()) {
            throw ProblemException.invalid("website", "Empty",
                    "この項目は空のままにしてください。自動送信と判断しました (this field must stay empty; the form looks automated)");
        }
        boolean anyContact = input.contact() != null && (notBlank(input.contact().name())
                || notBlank(input.contact().email()) || notBlank(input.contact().phone()));
        if (anyContact && !input.consent()) {
            throw ProblemException.invalid("consent", "AssertTrue",
                    "連絡先を書いたときは、利用目的への同意が必要です (consent is needed when contact details are given)");
        }
        if (!notBlank(input.wardCode()) && !notBlank(input.schoolDistrict())) {
            throw ProblemException.invalid("wardCode", "OneOf",
                    "区か校区のどちらかを指定してください (give the ward or the school district)");
        }
        if (VoiceCategory.findById(input.category().trim()) == null) {
            throw ProblemException.invalid("category", "Exists", "存在しない分類です (unknown category)");
        }
        if (photos.size() > MAX_PHOTOS) {
            throw ProblemException.invalid("photos", "MaxItems", "写真は 3 枚までです (at most 3 photos)");
        }
        List<PhotoCleaner.Cleaned> cleaned = new ArrayList<>();
        for (int i = 0; i < photos.size(); i++) {
            cleaned.add(PhotoCleaner.clean("photos[" + i + "]", photos.get(i)));
        }
        String code = newCode();
        Voice v = receive(input, cleaned, address, code);
        boolean mailed = anyContact && notBlank(input.contact().email());
        return new Receipt(v.reference, code, v.receivedOn, v.dueOn, mailed, cleaned.size());
    }

    @Transactional
    Voice receive(ResidentVoiceInput input, List<PhotoCleaner.Cleaned> photos, String address, String code) {
        String at = cut(address);
        String textHash = sha256(SearchText.normalize(input.text().strip()));
        Instant now = Instant.now();
        requireWithinLimits(at, textHash, now);
        PublicSubmission submission = new PublicSubmission();
        submission.address = at;
        submission.textHash = textHash;
        submission.submittedAt = now;
        submission.persist();
        PublicSubmission.delete("submittedAt < ?1", now.minus(Duration.ofDays(1)));
        var contact = input.contact();
        PersonalDataInput personal = contact == null ? null
                : new PersonalDataInput(blankToNull(contact.name()), null, blankToNull(contact.phone()),
                        blankToNull(contact.email()), input.consent());
        VoiceInput voice = new VoiceInput(VoiceChannel.WEB_FORM, input.type(), List.of(input.category().trim()),
                blankToNull(input.wardCode()), blankToNull(input.schoolDistrict()), input.text().strip(), null,
                blankToNull(input.location()), null, null, personal);
        return voices.receiveFromResident(voice, photos, code);
    }

    private void requireWithinLimits(String address, String textHash, Instant now) {
        if (PublicSubmission.count("address = ?1 and textHash = ?2 and submittedAt >= ?3", address, textHash,
                now.minus(duplicateWindow)) > 0) {
            throw new ProblemException(DUPLICATE,
                    "同じ内容の声をさきほど受け付けました。二重に送られていないか、受付番号のメールや画面を確かめてください (the same text was received from you a few minutes ago)");
        }
        List<Instant> newestFirst = PublicSubmission.<PublicSubmission>find(
                "address = ?1 order by submittedAt desc", address).page(0, maxPerAddress).stream()
                .map(s -> s.submittedAt).toList();
        long wait = SlidingWindow.secondsToWait(maxPerAddress, window, newestFirst, now);
        if (wait > 0) {
            throw ProblemException.tooManyRequests(wait, "短い時間に多くの声が送られたため、",
                    "too many voices from your address");
        }
    }

    /**
     * The voice's status for whoever holds its reference and access code. A wrong code and an unknown reference get
     * the same 404 after the same work, and both count towards the guessing limit.
     */
    @Transactional
    public Status status(String reference, String code, String address) {
        String ref = reference == null ? "" : reference.trim().toUpperCase(Locale.ROOT);
        String account = LoginThrottle.voiceCode(ref);
        throttle.check(account, address, "照会コードの誤りが続いたため", "too many wrong access codes");
        Voice v = ref.isEmpty() ? null : Voice.<Voice>find("reference", ref).firstResult();
        String given = codeHash(ref, normalizeCode(code));
        String expected = v == null || v.accessCodeHash == null ? codeHash(ref, "") : v.accessCodeHash;
        boolean match = MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII),
                expected.getBytes(StandardCharsets.US_ASCII));
        if (v == null || v.accessCodeHash == null || !match || code == null || code.isBlank()) {
            throttle.recordFailure(account, address);
            throw ProblemException.notFound("受付番号と照会コードに合う声", "voice with this reference and access code",
                    ref.isEmpty() ? "-" : ref);
        }
        boolean answered = v.answer != null && (v.status == VoiceState.ANSWERED || v.status == VoiceState.CLOSED);
        boolean published = v.publication == Publication.PUBLISHED;
        return new Status(v.reference, v.type, List.copyOf(v.categories), v.wardCode, PublicState.of(v.status),
                v.receivedOn, v.dueOn,
                answered && v.answeredAt != null ? v.answeredAt.atZone(BusinessTime.ZONE).toLocalDate() : null,
                answered ? v.answer : null, published, published ? v.publishedText : null);
    }

    private static String newCode() {
        return ReadableCodes.next(CODE_GROUPS, CODE_GROUP_LENGTH);
    }

    /** As typed: full-width or lower case letters, with or without hyphens and spaces. */
    static String normalizeCode(String code) {
        if (code == null) {
            return "";
        }
        return Normalizer.normalize(code, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9]", "");
    }

    /** Salted with the reference, so equal codes of two voices never share a hash. */
    static String codeHash(String reference, String code) {
        return sha256(reference + ":" + normalizeCode(code));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String address) {
        String a = String.valueOf(address);
        return a.length() <= MAX_ADDRESS ? a : a.substring(0, MAX_ADDRESS);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String blankToNull(String s) {
        return notBlank(s) ? s.trim() : null;
    }
}
