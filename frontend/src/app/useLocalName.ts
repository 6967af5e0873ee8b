import { useTranslation } from "react-i18next";

/** Anything with a Japanese and an English name (wards, bureaus, sections, offices). */
export interface Named {
  nameJa: string;
  nameEn: string;
}

/** Picks the English name of a ward, bureau, section or office in English, the Japanese one otherwise. */
export function useLocalName(): (named: Named) => string {
  const { i18n } = useTranslation();
  const english = i18n.language === "en";
  return (named) => (english ? named.nameEn : named.nameJa);
}
