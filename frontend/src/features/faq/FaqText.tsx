import { useTranslation } from "react-i18next";

/** The English text when the page is in English and there is one, else the Japanese, marked as such. */
export function FaqText({ ja, en, block = false }: { ja: string; en?: string | null; block?: boolean }) {
  const { i18n } = useTranslation();
  const english = i18n.language === "en";
  const useEnglish = english && Boolean(en);
  const Tag = block ? "div" : "span";
  return (
    <Tag lang={english && !useEnglish ? "ja" : undefined} className="whitespace-pre-line">
      {useEnglish ? en : ja}
    </Tag>
  );
}
