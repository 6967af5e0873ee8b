package jp.wardhub.usage;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * 発行チャネル: where a certificate was issued. The counter (窓口) and the channels of the procedure catalogue; each
 * with the spellings city systems use for it, Japanese and English, compared after width and case are folded.
 */
public enum UsageChannel {
    COUNTER("counter", "窓口", "Counter", List.of("窓口", "窓口交付", "counter", "office")),
    CONVENIENCE_STORE("convenienceStore", "コンビニ交付", "Convenience store",
            List.of("コンビニ", "コンビニ交付", "コンビニエンスストア", "convenience-store", "convenience store",
                    "convenience_store", "conveniencestore", "konbini")),
    ONLINE("online", "オンライン", "Online", List.of("オンライン", "オンライン申請", "電子申請", "マイナポータル", "online")),
    MAIL("mail", "郵送", "Mail", List.of("郵送", "郵便", "mail", "post", "postal")),
    KIOSK("kiosk", "自動交付機", "Kiosk", List.of("自動交付機", "証明書自動交付機", "kiosk"));

    /** The name in JSON and CSV exports. */
    public final String wire;
    public final String nameJa;
    public final String nameEn;
    private final List<String> spellings;

    UsageChannel(String wire, String nameJa, String nameEn, List<String> spellings) {
        this.wire = wire;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.spellings = spellings;
    }

    public static Optional<UsageChannel> parse(String text) {
        String folded = fold(text);
        for (UsageChannel c : values()) {
            if (c.name().equalsIgnoreCase(folded) || c.spellings.stream().anyMatch(s -> fold(s).equals(folded))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).trim().toLowerCase(Locale.ROOT);
    }
}
