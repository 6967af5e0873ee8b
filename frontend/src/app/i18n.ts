import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { en, ja } from "../i18n/resources";

export const LANGUAGES = ["ja", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_STORAGE_KEY = "wardhub.language";

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

function storedLanguage(): Language {
  const stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
  return isLanguage(stored) ? stored : "ja";
}

/** The current language, narrowed to the ones WardHub is translated into. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : "ja";
}

i18n.on("languageChanged", (lng) => {
  if (!isLanguage(lng)) return;
  localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
  document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  resources: { ja: { translation: ja }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: "ja",
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  initAsync: false,
});

document.documentElement.lang = currentLanguage();

export default i18n;
