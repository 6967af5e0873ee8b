/**
 * Folds text for matching what people type: full- and half-width forms alike (NFKC), katakana as hiragana, Latin
 * letters in lower case, spaces dropped. ｼﾞｭｳﾐﾝ, ジュウミン and じゅうみん all fold to じゅうみん.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (katakana) => String.fromCharCode(katakana.charCodeAt(0) - 0x60))
    .replace(/\s+/g, "");
}

/** Whether the folded needle occurs in any of the texts. An empty needle matches everything. */
export function matchesSearch(needle: string, texts: readonly (string | null | undefined)[]): boolean {
  const folded = foldForSearch(needle);
  return folded === "" || texts.some((text) => text != null && foldForSearch(text).includes(folded));
}
