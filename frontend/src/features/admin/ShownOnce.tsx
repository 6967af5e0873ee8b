import { useState } from "react";
import { useTranslation } from "react-i18next";

interface ShownOnceProps {
  /** The heading's id, which names the region. */
  id: string;
  title: string;
  /** What to do with it, e.g. "hand it to the owner; it cannot be shown again". */
  intro: string;
  label: string;
  value: string;
  onDone: () => void;
}

/**
 * A secret the server made and will never show again (a temporary password, a client secret): shown once, with a
 * button that copies it, and gone when the administrator says they have it. The copy's outcome is announced.
 */
export function ShownOnce({ id, title, intro, label, value, onDone }: ShownOnceProps) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<"idle" | "done" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("done");
    } catch {
      setCopied("failed");
    }
  }
  return (
    <section aria-labelledby={id} className="my-6 rounded-8 border-2 border-blue-900 bg-blue-50 p-4">
      <h2 id={id} className="section-title mt-0">
        {title}
      </h2>
      <p className="mb-4 max-w-3xl text-std-16N-170">{intro}</p>
      <p className="text-std-16B-170">{label}</p>
      <p>
        <code
          lang="en"
          translate="no"
          className="my-2 inline-block rounded-4 border border-solid-gray-600 bg-white px-3 py-2 font-mono text-std-17B-170 break-all"
          data-testid="shown-once"
        >
          {value}
        </code>
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-4">
        <button type="button" className="btn-secondary" onClick={() => void copy()}>
          {t("admin.copy")}
        </button>
        <button type="button" className="btn-primary" onClick={onDone}>
          {t("admin.secretNoted")}
        </button>
        <span role="status" className="text-std-16N-170">
          {copied === "done" && t("admin.copied")}
          {copied === "failed" && t("admin.copyFailed")}
        </span>
      </div>
    </section>
  );
}
