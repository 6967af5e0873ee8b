import { Suspense, lazy, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Schema } from "../../api/schemas";
import { LoadingStatus } from "../../components/LoadingStatus";

/** The selected voices, each with the version the list showed, to be sent back so a stale one is refused. */
export type VoiceSelection = ReadonlyMap<number, number>;

/** What an accepted bulk action did. */
export type BulkDone = { action: Schema<"VoiceBulkAction">; count: number };

// The form loads with the first voice selected: most visits to the list select none, and its assignee picker is the
// largest script of the page.
const VoiceBulkForm = lazy(() => import("./VoiceBulkForm").then((m) => ({ default: m.VoiceBulkForm })));

/**
 * まとめて操作: one action (assign, transfer, triage, categories, close) on the voices selected in the list, all or
 * nothing; a refusal lists each voice that stood in the way and why, as the API said it.
 */
export function VoiceBulkActions({ selection, onDone }: { selection: VoiceSelection; onDone: () => void }) {
  const { t } = useTranslation();
  const [done, setDone] = useState<BulkDone>();
  return (
    <section aria-labelledby="voice-bulk" className="mt-6 rounded-8 border border-solid-gray-420 p-4">
      <h2 id="voice-bulk" className="section-title">
        {t("voiceBulk.title")}
      </h2>
      <p className="mb-4 text-std-16N-170" aria-live="polite">
        {t("voiceBulk.selected", { count: selection.size })}
      </p>
      <p id="voice-bulk-hint" className="field-hint mb-4">
        {t("voiceBulk.hint")}
      </p>
      {selection.size > 0 && (
        <Suspense fallback={<LoadingStatus />}>
          <VoiceBulkForm
            selection={selection}
            onStart={() => setDone(undefined)}
            onDone={(result) => {
              setDone(result);
              onDone();
            }}
          />
        </Suspense>
      )}
      <div aria-live="polite">
        {done && <p className="notice mt-4">{t(`voiceBulkDone.${done.action}`, { count: done.count })}</p>}
      </div>
    </section>
  );
}
