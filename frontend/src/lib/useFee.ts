import { useTranslation } from "react-i18next";

/** "300円" / "¥300", "無料" / "Free", with the fee note after it; "" when there is no fee information. */
export function useFee(): (yen?: number | null, note?: string | null) => string {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language === "en" ? "en-GB" : "ja-JP");
  return (yen, note) => {
    const amount = yen == null ? "" : yen === 0 ? t("counter.free") : t("counter.yen", { amount: number.format(yen) });
    if (amount && note) return t("counter.feeWithNote", { amount, note });
    return amount || note || "";
  };
}
