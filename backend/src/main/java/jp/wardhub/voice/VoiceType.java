package jp.wardhub.voice;

/** 種別: what kind of voice it is. */
public enum VoiceType {
    COMPLAINT("苦情", "Complaint"),
    REQUEST("要望", "Request"),
    PROPOSAL("提案", "Proposal"),
    CONSULTATION("相談", "Consultation"),
    ENQUIRY("問合せ", "Enquiry");

    public final String ja;
    public final String en;

    VoiceType(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }
}
