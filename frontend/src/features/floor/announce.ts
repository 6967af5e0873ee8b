/** "A-012" → { letter: "A", number: 12 }; anything else is read as it is. */
export function splitLabel(label: string): { letter: string; number: number } | null {
  const match = /^([A-Z])-?0*(\d+)$/.exec(label);
  return match ? { letter: match[1], number: Number(match[2]) } : null;
}

/** 「A の 12 番の方、3 番窓口へお越しください」 */
export function announcementJa(label: string, window: number): string {
  const parts = splitLabel(label);
  const who = parts ? `${parts.letter} の ${parts.number} 番の方` : `${label} 番の方`;
  return `${who}、${window} 番窓口へお越しください`;
}

/** "Number A 12, please come to window 3." */
export function announcementEn(label: string, window: number): string {
  const parts = splitLabel(label);
  return `Number ${parts ? `${parts.letter} ${parts.number}` : label}, please come to window ${window}.`;
}

let audio: AudioContext | null = null;

/** Two soft tones (Web Audio), so that people look up before the announcement. Needs a user gesture first. */
export function playChime() {
  if (typeof AudioContext === "undefined") return;
  audio ??= new AudioContext();
  const context = audio;
  void context.resume();
  [880, 660].forEach((frequency, i) => {
    const start = context.currentTime + i * 0.45;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = "sine";
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.3, start + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.6);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start);
    oscillator.stop(start + 0.65);
  });
}

/** Reads the texts aloud, in turn, through the browser's speech synthesis (if it has one). */
export function speak(texts: { text: string; lang: string }[]) {
  if (typeof speechSynthesis === "undefined" || typeof SpeechSynthesisUtterance === "undefined") return;
  for (const { text, lang } of texts) {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang;
    utterance.rate = 0.9;
    speechSynthesis.speak(utterance);
  }
}
