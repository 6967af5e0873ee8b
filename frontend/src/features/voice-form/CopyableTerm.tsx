import { useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * One term of a description list whose value the resident must keep (a reference number, an access code): shown
 * large and selectable, with a button that copies it to the clipboard and says whether that worked. Without a
 * clipboard (an insecure page, an old browser) it says so, and the text itself stays selectable.
 */
export function CopyableTerm({
  term,
  value,
  copyLabel,
  testId,
}: {
  term: string;
  value: string;
  /** The button's accessible name, saying what it copies. */
  copyLabel: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const [result, setResult] = useState<"copied" | "failed">();

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setResult("copied");
    } catch {
      setResult("failed");
    }
  }

  return (
    <div>
      <dt className="field-label">{term}</dt>
      <dd className="mt-1 flex flex-wrap items-center gap-4">
        <span
          data-testid={testId}
          className="font-mono text-std-32B-150 text-solid-gray-900 select-all [overflow-wrap:anywhere]"
        >
          {value}
        </span>
        <span className="inline-flex flex-wrap items-center gap-2">
          <button type="button" onClick={() => void copy()} aria-label={copyLabel} className="btn-secondary">
            {t("voiceForm.copy")}
          </button>
          <span role="status" className="text-std-16N-170">
            {result && t(result === "copied" ? "voiceForm.copied" : "voiceForm.copyFailed")}
          </span>
        </span>
      </dd>
    </div>
  );
}
