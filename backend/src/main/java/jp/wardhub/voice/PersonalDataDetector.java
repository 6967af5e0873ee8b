package jp.wardhub.voice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 個人情報らしき記述の検出: what in a voice's public text looks like personal data — telephone numbers, e-mail
 * addresses, postal codes, 番地 (street numbers), personal names with さん・様・氏, ages with 歳 — so that staff confirm or
 * edit each before publishing. It flags, it never decides: a street number may be where the pothole is, and a name
 * with さん may be a shop's. Full-width digits and letters count as their half-width forms.
 */
public final class PersonalDataDetector {

    /** What a flag looks like. */
    @Schema(name = "PersonalDataKind",
            description = "PHONE 電話番号, EMAIL メールアドレス, POSTAL_CODE 郵便番号, STREET_NUMBER 番地, PERSON_NAME さん・様・氏の付いた名前, AGE 年齢")
    public enum Kind {
        PHONE, EMAIL, POSTAL_CODE, STREET_NUMBER, PERSON_NAME, AGE
    }

    /** One flag: its kind and where it is, as UTF-16 offsets (as JavaScript strings count), end exclusive. */
    @Schema(name = "PersonalDataFlag",
            description = "印の種類と位置 (UTF-16 の位置、JavaScript の文字列と同じ数え方、end は含まない) (kind and place: UTF-16 offsets, end exclusive)")
    public record Flag(Kind kind, int start, int end, @Schema(examples = "田中さん") String text) {
    }

    private record Rule(Kind kind, Pattern pattern, boolean folded) {
    }

    private static final String KANJI_NUMBER = "[一二三四五六七八九十百〇]";
    private static final String NAME_CHAR = "[\\p{IsHan}\\p{IsKatakana}々]";

    private static final List<Rule> RULES = List.of(
            new Rule(Kind.EMAIL, Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"), true),
            new Rule(Kind.POSTAL_CODE, Pattern.compile("〒\\s?\\d{3}-?\\d{4}|(?<![\\d-])\\d{3}-\\d{4}(?![\\d-])"), true),
            new Rule(Kind.PHONE, Pattern.compile(
                    "(?<![\\d-])(?:0\\d{1,4}[-(]\\d{1,4}[-)]\\d{3,4}|0[5-9]0-?\\d{4}-?\\d{4}|0\\d{9,10})(?![\\d-])"),
                    true),
            // a lot or house number (what finds one home), not an area: 2丁目 alone is hundreds of houses
            new Rule(Kind.STREET_NUMBER, Pattern.compile("(?:\\d+|" + KANJI_NUMBER + "+)丁目\\s?\\d+(?:番地?|-)(?:\\d+号?)?"
                    + "|\\d+番地(?:の\\d+)?|\\d+番\\d+号|(?<=[町村])\\d{1,4}-\\d{1,4}(?:-\\d{1,4})?(?![\\d-])"), true),
            new Rule(Kind.AGE, Pattern.compile("(?:\\d{1,3}|" + KANJI_NUMBER + "{1,4})\\s?[歳才]"), true),
            new Rule(Kind.PERSON_NAME,
                    Pattern.compile("(" + NAME_CHAR + "{1,4}(?:[ 　]" + NAME_CHAR + "{1,4})?)(?:さん|様|氏)"),
                    false));

    /** Words before さん・様・氏 that are not anyone's name. */
    private static final Set<String> NOT_NAMES = Set.of("皆", "各位", "客", "住民", "市民", "区民", "職員", "業者", "担当者",
            "担当", "運転手", "先生", "神", "仏", "医者", "店員", "駅員", "近所", "家族", "利用者", "管理者", "奥", "皆々", "生徒",
            "児童", "乗客", "隣人", "大家", "父", "母", "兄", "姉", "祖父", "祖母", "叔父", "叔母", "伯父", "伯母", "看護師", "彼");
    /** Words that end in 様 and are not a courtesy: 同様, 模様, 仕様, 多様, 異様. */
    private static final Pattern NOT_A_COURTESY = Pattern.compile(".*[同模仕多異]様");

    private PersonalDataDetector() {
    }

    /** Every flag in the text, in order, none overlapping (the first rule to claim characters keeps them). */
    public static List<Flag> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String folded = fold(text);
        List<Flag> found = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(rule.folded() ? folded : text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (rule.kind() == Kind.PERSON_NAME && (NOT_NAMES.contains(m.group(1).strip())
                        || NOT_A_COURTESY.matcher(m.group()).matches())) {
                    continue;
                }
                if (found.stream().noneMatch(f -> f.start() < end && start < f.end())) {
                    found.add(new Flag(rule.kind(), start, end, text.substring(start, end)));
                }
            }
        }
        found.sort(Comparator.comparingInt(Flag::start));
        return List.copyOf(found);
    }

    /**
     * Full-width ASCII as half-width, and the dashes people type in numbers as '-', one character for one, so that
     * offsets in the folded text are offsets in the original.
     */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014'
                    || c == '\u2212' || c == '\u30FC' || c == '\uFF70') {
                c = '-';
            } else if (c == '\u3000') {
                c = ' ';
            }
            out.append(c);
        }
        return out.toString();
    }
}
