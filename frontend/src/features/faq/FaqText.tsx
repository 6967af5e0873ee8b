import { useTranslation } from "react-i18next";

/** The English text when the page is in English and there is one, else the Japanese, marked as such. */
export function FaqText({ ja, en, block = false }: { ja: string; en?: string | null; block?: boolean }) {
  const { i18n } = useTranslation();
  const english = i18n.language === "en";
  const useEnglish = english && Boolean(en);
  const Tag = block ? "div" : "span";
  return (
    // min-w-0 and anywhere: a long address or word wraps instead of pushing a phone's page sideways
    <Tag
      lang={english && !useEnglish ? "ja" : undefined}
      className="min-w-0 whitespace-pre-line [overflow-wrap:anywhere]"
    >
      {useEnglish ? en : ja}
    </Tag>
  );
}
