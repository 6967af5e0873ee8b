import { useTranslation } from "react-i18next";

export interface ProposalFormats {
  /** 12,000,000円 / ¥12,000,000 */
  yen: (amount: number) => string;
  /** 1,234.5 */
  number: (value: number) => string;
  /** 74.6% (one decimal, as the API rounds rates) */
  rate: (percent: number) => string;
  /** 2026年度 / FY2026 */
  fiscalYear: (year: number) => string;
  /** 政策局、こども局 / Policy Bureau, Children's Bureau */
  list: (items: string[]) => string;
}

export function useProposalFormats(): ProposalFormats {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === "en" ? "en-GB" : "ja-JP";
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 });
  const rate = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return {
    yen: (amount) => t("proposal.yen", { amount: number.format(amount) }),
    number: (value) => number.format(value),
    rate: (percent) => t("proposal.percent", { value: rate.format(percent) }),
    fiscalYear: (year) => t("proposal.fiscalYearValue", { year }),
    list: (items) => items.join(t("proposal.listSeparator")),
  };
}
