import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** A text as shown, with the language to mark it with when it is not the page's. */
export interface ShownText {
  text: string;
  lang?: "ja" | "en";
}

/**
 * Which version of a text written in Japanese, and sometimes translated, a page shows (a procedure's description,
 * what to bring, fee note, processing time, a place's conditions): on an English page the English one when there is
 * one, otherwise the Japanese one marked lang="ja" so that screen readers and translation tools read it as Japanese;
 * on a Japanese page the Japanese one. Null when there is no text at all.
 */
export function shownText(language: string, ja?: string | null, en?: string | null): ShownText | null {
  const english = language === "en";
  if (english && en) return { text: en };
  if (ja) return english ? { text: ja, lang: "ja" } : { text: ja };
  return en ? { text: en, lang: "en" } : null;
}

/** Renders {@link shownText} for the page's language: a span keeping the text's line breaks, or null. */
export function useLocalText(): (ja?: string | null, en?: string | null) => ReactNode {
  const { i18n } = useTranslation();
  return (ja, en) => {
    const shown = shownText(i18n.language, ja, en);
    if (!shown) return null;
    return (
      <span lang={shown.lang} className="whitespace-pre-line">
        {shown.text}
      </span>
    );
  };
}
