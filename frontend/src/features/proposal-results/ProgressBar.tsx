import { useTranslation } from "react-i18next";

/** 進捗: a bar with its figure in words, so that it reads without the bar. */
export function ProgressBar({ percent, label }: { percent: number; label: string }) {
  const { t } = useTranslation();
  return (
    <div className="mt-3">
      <p className="text-std-16N-170">{t("proposalResults.progress", { percent })}</p>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="mt-1 h-3 w-full max-w-md overflow-hidden rounded-8 bg-solid-gray-200"
      >
        <div className="h-full bg-blue-900" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
