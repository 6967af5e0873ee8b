import type { ReactNode } from "react";
import { Trans, useTranslation } from "react-i18next";
import { shownText } from "../app/useLocalText";

/**
 * "300円" / "¥300", "無料" / "Free", with the fee note after it: in English on an English page when the note has
 * an English version, otherwise in Japanese marked lang="ja" (see shownText). Null when there is no fee information.
 */
export function useFee(): (yen?: number | null, note?: string | null, noteEn?: string | null) => ReactNode {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language === "en" ? "en-GB" : "ja-JP");
  return (yen, note, noteEn) => {
    const amount = yen == null ? "" : yen === 0 ? t("counter.free") : t("counter.yen", { amount: number.format(yen) });
    const shown = shownText(i18n.language, note, noteEn);
    if (!shown) return amount || null;
    if (!amount) return <span lang={shown.lang}>{shown.text}</span>;
    return (
      <Trans
        i18nKey="counter.feeWithNote"
        values={{ amount, note: shown.text }}
        components={{ note: <span lang={shown.lang} /> }}
      />
    );
  };
}
