import { useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * Copies a text (a reference number, an access code) to the clipboard and says whether it worked. Without a
 * clipboard (an insecure page, an old browser) it says so, and the text itself stays selectable.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<"copied" | "failed">();

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setResult("copied");
    } catch {
      setResult("failed");
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" onClick={() => void copy()} aria-label={label} className="btn-secondary">
        {t("voiceForm.copy")}
      </button>
      <span role="status" className="text-std-16N-170">
        {result && t(result === "copied" ? "voiceForm.copied" : "voiceForm.copyFailed")}
      </span>
    </span>
  );
}
