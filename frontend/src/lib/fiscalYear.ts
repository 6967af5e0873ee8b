/** 年度: Japanese fiscal years start on 1 April, so January–March belong to the year before. */
export function fiscalYearOf(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return month >= 4 ? year : year - 1;
}

/**
 * The fiscal years to choose from, newest first: next year's (budget requests ask for it) back to five years ago,
 * plus `chosen` when it lies outside that range, so that a linked filter still shows what it filters by.
 */
export function fiscalYearChoices(current: number, chosen?: number): number[] {
  const years = Array.from({ length: 7 }, (_, index) => current + 1 - index);
  if (chosen !== undefined && !years.includes(chosen)) years.push(chosen);
  return years.sort((a, b) => b - a);
}

/** A fiscal year from a URL or a form: four digits in the range the API accepts, else nothing. */
export function parseFiscalYear(value: string | null | undefined): number | undefined {
  if (!value || !/^\d{4}$/.test(value.trim())) return undefined;
  const year = Number(value);
  return year >= 2000 && year <= 2100 ? year : undefined;
}
