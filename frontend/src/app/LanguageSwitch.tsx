import { useTranslation } from "react-i18next";
import { type Language, currentLanguage } from "./i18n";

const OPTIONS: { language: Language; label: string }[] = [
  { language: "ja", label: "日本語" },
  { language: "en", label: "English" },
];

/** Two toggle buttons, each labelled in its own language; the choice is remembered by i18n.ts. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = currentLanguage();
  return (
    <div role="group" aria-label={t("language.label")} className="flex gap-1">
      {OPTIONS.map(({ language, label }) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={active === language}
          onClick={() => void i18n.changeLanguage(language)}
          className="btn-toggle"
        >
          {label}
        </button>
      ))}
    </div>
  );
}
