import i18n, { type BackendModule } from "i18next";
import { initReactI18next } from "react-i18next";
import { ja } from "../i18n/resources";

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

/**
 * Japanese comes with the app; English is a chunk of its own, fetched the first time it is chosen (changeLanguage
 * waits for it), so that a first visit does not download texts it will not show.
 */
const lazyEnglish: BackendModule = {
  type: "backend",
  init() {},
  read(language, _namespace, callback) {
    if (language !== "en") {
      callback(null, {});
      return;
    }
    import("../i18n/resourcesEn").then(
      (texts) => callback(null, texts.en),
      (error: Error) => callback(error, null),
    );
  },
};

/** Resolves once the stored language's texts are in: the app renders after it, so English never flashes Japanese. */
export const i18nReady = i18n
  .use(lazyEnglish)
  .use(initReactI18next)
  .init({
    resources: { ja: { translation: ja } },
    partialBundledLanguages: true,
    lng: storedLanguage(),
    fallbackLng: "ja",
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
    initAsync: false,
  });

document.documentElement.lang = currentLanguage();

export default i18n;
