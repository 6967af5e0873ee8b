import { useTranslation } from "react-i18next";

interface PaginationProps {
  /** 1-based. */
  page: number;
  pages: number;
  onChange: (page: number) => void;
}

/** The number of pages for `total` items `size` to a page; at least one. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

export function Pagination({ page, pages, onChange }: PaginationProps) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav aria-label={t("office.pagination")} className="mt-4 flex flex-wrap items-center gap-4">
      <button type="button" className="btn-secondary" disabled={page <= 1} onClick={() => onChange(page - 1)}>
        {t("office.previous")}
      </button>
      <span className="text-std-16N-170">{t("office.pageOf", { page, pages })}</span>
      <button type="button" className="btn-secondary" disabled={page >= pages} onClick={() => onChange(page + 1)}>
        {t("office.next")}
      </button>
    </nav>
  );
}
