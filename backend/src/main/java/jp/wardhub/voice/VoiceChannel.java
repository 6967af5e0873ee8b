package jp.wardhub.voice;

/** 受付方法: how a voice reached the city. Partner systems submit as {@link #WEB_FORM}. */
public enum VoiceChannel {
    COUNTER("窓口", "Counter"),
    PHONE("電話", "Phone"),
    LETTER("手紙", "Letter"),
    EMAIL("メール", "E-mail"),
    WEB_FORM("ウェブ", "Web form"),
    DIALOGUE_MEETING("対話集会", "Dialogue meeting");

    public final String ja;
    public final String en;

    VoiceChannel(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }
}
