package jp.wardhub.voice;

/** Fired when a voice was taken in or moved on, so that remembered counts and statistics are dropped after commit. */
public record VoiceChanged(long voiceId) {
}
