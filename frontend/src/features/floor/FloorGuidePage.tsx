import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFinder, useProcedure } from "../../api/counter";
import { type Floor, useIssueTicket } from "../../api/floor";
import type { Schema } from "../../api/schemas";
import { useLocalName } from "../../app/useLocalName";
import { useLocalText } from "../../app/useLocalText";
import { ErrorMessage } from "../../components/ErrorMessage";
import { TextInputField } from "../../components/FormFields";
import { FinderQueueText } from "../../components/FinderQueueText";
import { LaneWaits } from "../../components/LaneWaits";
import { LoadingStatus } from "../../components/LoadingStatus";
import { StreamStatus } from "../../components/StreamStatus";
import { useSession } from "../../lib/auth/session";
import { todayInKumamoto, useDateFormats } from "../../lib/dates";
import { useQueueStream } from "../../lib/useQueueStream";
import { WardFloor } from "./OfficeChoice";
import { PRIORITIES } from "./priorities";
import { useLaneSearch } from "./useLaneSearch";

/** What to bring for a procedure, and where else it can be done today (branch offices, convenience stores…). */
function ProcedureAdvice({ code, officeId, wardCode }: { code: string; officeId: number; wardCode: string }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const localText = useLocalText();
  const formats = useDateFormats();
  const procedure = useProcedure(code);
  const finder = useFinder({ procedure: code, date: todayInKumamoto(), ward: wardCode }, true);
  const elsewhere = (finder.data?.results ?? []).filter((result) => result.place.officeId !== officeId);
  return (
    <div className="mt-3 rounded-8 bg-solid-gray-50 p-3">
      {procedure.data && (
        <p className="text-std-16N-170">
          <span className="text-std-16B-170">{t("floor.guide.bring")}: </span>
          {localText(procedure.data.whatToBring, procedure.data.whatToBringEn) ?? t("floor.guide.nothingListed")}
        </p>
      )}
      {finder.data && (
        <div className="mt-2">
          <p className="text-std-16B-170">{t("floor.guide.elsewhere")}</p>
          {elsewhere.length === 0 ? (
            <p className="text-std-16N-170">{t("floor.guide.nowhereElse")}</p>
          ) : (
            <ul className="ml-6 list-disc text-std-16N-170">
              {elsewhere.slice(0, 8).map((result) => (
                <li key={result.place.key}>
                  {localName(result.place)}（{formats.spans(result.hours.spans)}）
                  <FinderQueueText result={result} />
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

function LaneCard({
  lane,
  floor,
  waiting,
  wardCode,
  onIssue,
  busy,
}: {
  lane: Schema<"Lane">;
  floor: Floor;
  waiting?: Schema<"LaneQueue">;
  wardCode: string;
  onIssue: (laneId: number, priority: Schema<"Priority"> | null) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const [procedure, setProcedure] = useState<string | null>(null);
  const [priority, setPriority] = useState<Schema<"Priority"> | "">("");
  const windows = (floor.windows ?? []).filter((window) => lane.windows.includes(window.number));
  const headingId = `guide-lane-${lane.id}`;
  return (
    <section aria-labelledby={headingId} className="rounded-8 border border-solid-gray-420 p-4">
      <h3 id={headingId} className="text-std-20B-150">
        {lane.letter} {localName(lane)}
      </h3>
      <p className="text-std-16N-170">{t("floor.guide.windows", { windows: windows.map(localName).join("、") })}</p>
      {waiting && (
        <p className="text-std-16B-170">
          {t("floor.queue.totalWaiting", { count: waiting.waiting })}
          {waiting.estimatedWaitMinutes != null &&
            ` ${t("floor.queue.estimate", { minutes: waiting.estimatedWaitMinutes })}`}
        </p>
      )}
      <div className="mt-2 flex flex-wrap gap-2" role="group" aria-label={t("floor.guide.procedures")}>
        {lane.procedures.map((candidate) => (
          <button
            key={candidate.code}
            type="button"
            aria-pressed={procedure === candidate.code}
            onClick={() => setProcedure(procedure === candidate.code ? null : candidate.code)}
            className="btn-toggle"
          >
            {localName(candidate)}
          </button>
        ))}
      </div>
      {procedure && <ProcedureAdvice code={procedure} officeId={lane.officeId} wardCode={wardCode} />}
      <form
        className="mt-3 flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          onIssue(lane.id, priority || null);
        }}
      >
        <div className="field">
          <label htmlFor={`guide-priority-${lane.id}`} className="field-label">
            {t("floor.guide.priority")}
          </label>
          <select
            id={`guide-priority-${lane.id}`}
            value={priority}
            onChange={(event) => setPriority(event.target.value as Schema<"Priority"> | "")}
            className="field-input"
          >
            <option value="">{t("floor.guide.noPriority")}</option>
            {PRIORITIES.map((reason) => (
              <option key={reason} value={reason}>
                {t(`floor.priority.${reason}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-primary" disabled={busy}>
          {t("floor.guide.issue", { lane: localName(lane) })}
        </button>
      </form>
    </section>
  );
}

function Guide({ floor, officeId, wardCode }: { floor: Floor; officeId: number; wardCode: string }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const [text, setText] = useState("");
  const lanes = (floor.lanes ?? []).filter((lane) => lane.active);
  const found = useLaneSearch(lanes, text);
  const stream = useQueueStream(officeId);
  const issue = useIssueTicket(officeId);
  const queueOf = (laneId: number) => stream.board?.lanes.find((queue) => queue.laneId === laneId);
  return (
    <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
      <div>
        <TextInputField
          name="q"
          type="search"
          label={t("floor.guide.search")}
          value={text}
          onChange={setText}
          hint={t("floor.guide.searchHint")}
          className="max-w-xl"
        />
        <div aria-live="polite" className="mt-4">
          {issue.data && (
            <p className="notice" data-testid="guide-issued">
              {t("floor.guide.issued", {
                label: issue.data.label,
                lane: localName({ nameJa: issue.data.laneNameJa, nameEn: issue.data.laneNameEn }),
                count: issue.data.waitingAhead ?? 0,
              })}
            </p>
          )}
        </div>
        {issue.isError && <ErrorMessage error={issue.error} />}
        <p role="status" className="sr-only">
          {text.trim() ? t("floor.kiosk.found", { count: found.lanes.length }) : ""}
        </p>
        {found.lanes.length === 0 ? (
          <p className="mt-4 text-std-16N-170">{t("floor.guide.noneFound")}</p>
        ) : (
          <ul className="mt-4 flex flex-col gap-4">
            {found.lanes.map((lane) => (
              <li key={lane.id}>
                <LaneCard
                  lane={lane}
                  floor={floor}
                  waiting={queueOf(lane.id)}
                  wardCode={wardCode}
                  busy={issue.isPending}
                  onIssue={(laneId, priority) => issue.mutate({ laneId, priority })}
                />
              </li>
            ))}
          </ul>
        )}
      </div>
      <section aria-labelledby="guide-live">
        <h2 id="guide-live" className="section-title">
          {t("floor.guide.live")}
        </h2>
        <StreamStatus state={stream.state} className="mb-2 text-solid-gray-700" />
        {stream.board ? <LaneWaits lanes={stream.board.lanes} /> : <LoadingStatus />}
      </section>
    </div>
  );
}

/**
 * The floor manager's page (フロア案内): from a visitor's purpose to the lane, its windows, what to bring and whether
 * somewhere else could serve them today, and a ticket in one step; every lane's waiting, live.
 */
export function FloorGuidePage() {
  const { t } = useTranslation();
  const wardCode = useSession()?.user?.ward?.code ?? "";
  return (
    <WardFloor title={t("floor.guide.title")} wardCode={wardCode || undefined}>
      {(floor, officeId) => <Guide key={officeId} floor={floor} officeId={officeId} wardCode={wardCode} />}
    </WardFloor>
  );
}
