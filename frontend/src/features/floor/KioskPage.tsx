import { type FormEvent, useEffect, useRef, useState } from "react";
import { useIdParam } from "../../components/RecordPage";
import { useTranslation } from "react-i18next";
import { useFloor, useKioskIssue } from "../../api/floor";
import type { Schema } from "../../api/schemas";
import { useLocalName } from "../../app/useLocalName";
import { usePageTitle } from "../../app/usePageTitle";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import {
  DeviceAuthError,
  getDeviceCredentials,
  requestDeviceToken,
  saveDeviceCredentials,
} from "../../lib/auth/device";
import { formText } from "../../lib/formText";
import { useQueueStream } from "../../lib/useQueueStream";
import { PRIORITIES } from "./priorities";
import { useLaneSearch } from "./useLaneSearch";

const BIG_BUTTON =
  "rounded-16 border-4 border-blue-900 bg-white p-6 text-left text-solid-gray-900 hover:bg-blue-50 focus-visible:outline-4 focus-visible:outline-offset-4 focus-visible:outline-[#ffd900]";
const PRIMARY_BUTTON =
  "min-h-16 rounded-16 border-4 border-blue-900 bg-blue-900 px-8 py-4 text-[1.5rem] font-bold text-white hover:bg-blue-1100 focus-visible:outline-4 focus-visible:outline-offset-4 focus-visible:outline-[#ffd900]";
const SECONDARY_BUTTON =
  "min-h-16 rounded-16 border-4 border-blue-900 bg-white px-8 py-4 text-[1.5rem] font-bold text-blue-900 hover:bg-blue-50 focus-visible:outline-4 focus-visible:outline-offset-4 focus-visible:outline-[#ffd900]";

/** The one-time set-up of a kiosk: staff enter the device's client id and secret, which are checked at once. */
function DeviceSetup({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const credentials = { clientId: formText(data, "clientId").trim(), clientSecret: formText(data, "clientSecret") };
    setBusy(true);
    setError(null);
    requestDeviceToken(credentials)
      .then(() => {
        saveDeviceCredentials(credentials);
        onDone();
      })
      .catch((failure: unknown) => {
        const status = failure instanceof DeviceAuthError ? failure.status : 0;
        setError(t(status === 401 || status === 400 ? "floor.kiosk.setupRefused" : "floor.kiosk.setupFailed"));
      })
      .finally(() => setBusy(false));
  };
  return (
    <section aria-labelledby="kiosk-setup" className="mx-auto max-w-xl">
      <h2 id="kiosk-setup" className="section-title">
        {t("floor.kiosk.setupTitle")}
      </h2>
      <p className="mb-4 text-std-16N-170">{t("floor.kiosk.setupLead")}</p>
      <form onSubmit={submit} className="flex flex-col gap-4">
        <div className="field">
          <label htmlFor="kiosk-client-id" className="field-label">
            {t("floor.kiosk.clientId")}
          </label>
          <input id="kiosk-client-id" name="clientId" required autoComplete="off" className="field-input" />
        </div>
        <div className="field">
          <label htmlFor="kiosk-client-secret" className="field-label">
            {t("floor.kiosk.clientSecret")}
          </label>
          <input
            id="kiosk-client-secret"
            name="clientSecret"
            type="password"
            required
            autoComplete="off"
            className="field-input"
          />
        </div>
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        <button type="submit" className="btn-primary self-start" disabled={busy}>
          {t("floor.kiosk.setupSave")}
        </button>
      </form>
    </section>
  );
}

function KioskLanguage() {
  const { t, i18n } = useTranslation();
  return (
    <div role="group" aria-label={t("floor.kiosk.language")} className="flex gap-3">
      {(["ja", "en"] as const).map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={i18n.language === lang}
          onClick={() => void i18n.changeLanguage(lang)}
          className="min-h-14 rounded-8 border-2 border-blue-900 px-6 text-[1.25rem] font-bold text-blue-900 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-[#ffd900] aria-pressed:bg-blue-900 aria-pressed:text-white"
        >
          {lang === "ja" ? "日本語" : "English"}
        </button>
      ))}
    </div>
  );
}

/** How long a ticket stays on the screen untouched before the kiosk is ready for the next visitor. */
export const KIOSK_RETURN_SECONDS = 60;

function IssuedTicket({ ticket, onDone }: { ticket: Schema<"Ticket">; onDone: () => void }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  useReturnWhenIdle(onDone);
  return (
    <section aria-labelledby="kiosk-ticket" className="print-ticket mx-auto max-w-xl text-center">
      <h2 id="kiosk-ticket" className="text-[1.75rem] font-bold print:text-[1rem]">
        {t("floor.kiosk.yourNumber")}
      </h2>
      <p
        className="my-4 text-[6rem] leading-none font-bold tabular-nums print:text-[3.5rem]"
        data-testid="kiosk-number"
      >
        {ticket.label}
      </p>
      <p className="text-[1.75rem] font-bold print:text-[1rem]">
        {localName({ nameJa: ticket.laneNameJa, nameEn: ticket.laneNameEn })}
      </p>
      {ticket.waitingAhead != null && (
        <p className="mt-2 text-[1.5rem] print:text-[0.875rem]">
          {t("floor.kiosk.ahead", { count: ticket.waitingAhead })}
          {ticket.estimatedWaitMinutes != null &&
            ` ${t("floor.queue.estimate", { minutes: ticket.estimatedWaitMinutes })}`}
        </p>
      )}
      <p className="mt-2 text-[1.25rem] print:text-[0.75rem]">{t("floor.kiosk.watchBoard")}</p>
      <p className="mt-4 text-[1.125rem] print:hidden">{t("floor.kiosk.returns", { seconds: KIOSK_RETURN_SECONDS })}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-4 print:hidden">
        <button type="button" className={PRIMARY_BUTTON} onClick={() => window.print()}>
          {t("floor.kiosk.print")}
        </button>
        <button type="button" className={SECONDARY_BUTTON} onClick={onDone}>
          {t("floor.kiosk.done")}
        </button>
      </div>
    </section>
  );
}

/**
 * Goes back to the start once the screen has been left alone for {@link KIOSK_RETURN_SECONDS}, so the next visitor
 * never sees the last one's number; a touch or a key press starts the wait again (time to read or print it).
 */
function useReturnWhenIdle(onIdle: () => void) {
  const latest = useRef(onIdle);
  useEffect(() => {
    latest.current = onIdle;
  }, [onIdle]);
  useEffect(() => {
    let timer = window.setTimeout(() => latest.current(), KIOSK_RETURN_SECONDS * 1000);
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => latest.current(), KIOSK_RETURN_SECONDS * 1000);
    };
    window.addEventListener("pointerdown", restart);
    window.addEventListener("keydown", restart);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener("pointerdown", restart);
      window.removeEventListener("keydown", restart);
    };
  }, []);
}

function LanePicker({ officeId, lanes }: { officeId: number; lanes: Schema<"Lane">[] }) {
  const { t, i18n } = useTranslation();
  const localName = useLocalName();
  const [text, setText] = useState("");
  const [lane, setLane] = useState<Schema<"Lane"> | null>(null);
  const [priority, setPriority] = useState<Schema<"Priority"> | null>(null);
  const issue = useKioskIssue(officeId);
  const stream = useQueueStream(officeId);
  const found = useLaneSearch(lanes, text);
  const waiting = (laneId: number) => stream.board?.lanes.find((queue) => queue.laneId === laneId)?.waiting;
  const english = i18n.language === "en";

  const reset = () => {
    setLane(null);
    setPriority(null);
    setText("");
    issue.reset();
  };

  if (issue.data) return <IssuedTicket ticket={issue.data} onDone={reset} />;

  if (lane) {
    return (
      <section aria-labelledby="kiosk-confirm">
        <h2 id="kiosk-confirm" className="text-[2rem] font-bold">
          {localName(lane)}
        </h2>
        <p className="mt-2 text-[1.25rem]">{english ? lane.descriptionEn : lane.descriptionJa}</p>
        <fieldset className="mt-6">
          <legend className="text-[1.5rem] font-bold">{t("floor.kiosk.priorityQuestion")}</legend>
          <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {PRIORITIES.map((reason) => (
              <button
                key={reason}
                type="button"
                aria-pressed={priority === reason}
                onClick={() => setPriority(priority === reason ? null : reason)}
                className={`${BIG_BUTTON} text-[1.25rem] font-bold aria-pressed:bg-blue-900 aria-pressed:text-white`}
              >
                {t(`floor.priority.${reason}`)}
              </button>
            ))}
          </div>
        </fieldset>
        {issue.isError && <ErrorMessage error={issue.error} />}
        <div className="mt-8 flex flex-wrap gap-4">
          <button
            type="button"
            className={PRIMARY_BUTTON}
            disabled={issue.isPending}
            onClick={() => issue.mutate({ laneId: lane.id, priority })}
          >
            {t("floor.kiosk.issue")}
          </button>
          <button type="button" className={SECONDARY_BUTTON} onClick={reset}>
            {t("floor.kiosk.back")}
          </button>
        </div>
      </section>
    );
  }

  return (
    <section aria-labelledby="kiosk-lanes">
      <h2 id="kiosk-lanes" className="text-[2rem] font-bold">
        {t("floor.kiosk.pickLane")}
      </h2>
      <div className="field mt-4 max-w-xl">
        <label htmlFor="kiosk-search" className="text-[1.25rem] font-bold">
          {t("floor.kiosk.search")}
        </label>
        <input
          id="kiosk-search"
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoComplete="off"
          aria-describedby="kiosk-search-hint"
          className="field-input min-h-14 text-[1.25rem]"
        />
        <p id="kiosk-search-hint" className="field-hint">
          {t("floor.kiosk.searchHint")}
        </p>
      </div>
      <p role="status" className="sr-only">
        {text.trim() ? t("floor.kiosk.found", { count: found.lanes.length }) : ""}
      </p>
      {found.lanes.length === 0 ? (
        <p className="mt-6 text-[1.25rem]">{t("floor.kiosk.noneFound")}</p>
      ) : (
        <ul className="mt-6 grid gap-4 md:grid-cols-2">
          {found.lanes.map((candidate) => (
            <li key={candidate.id}>
              <button type="button" className={`${BIG_BUTTON} w-full`} onClick={() => setLane(candidate)}>
                <span className="block text-[1.75rem] font-bold">
                  <span aria-hidden="true" className="mr-3">
                    {candidate.letter}
                  </span>
                  {localName(candidate)}
                </span>
                <span className="mt-2 block text-[1.125rem]">
                  {english ? candidate.descriptionEn : candidate.descriptionJa}
                </span>
                {waiting(candidate.id) !== undefined && (
                  <span className="mt-2 block text-[1.125rem] font-bold">
                    {t("floor.queue.totalWaiting", { count: waiting(candidate.id) })}
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The ticket kiosk (発券機) of an office, touch first: what the visitor came for (in plain words, or searched by
 * procedure), whether they need to be served first, then their number, lane and how many are ahead, printable on a
 * ticket. It acts as the device's own partner client, set up once by staff.
 */
export function KioskPage() {
  const { t } = useTranslation();
  const localName = useLocalName();
  const { id: officeId, valid } = useIdParam("office");
  const [configured, setConfigured] = useState(() => getDeviceCredentials() !== null);
  const floor = useFloor(valid ? officeId : undefined);
  const title = floor.data
    ? t("floor.kiosk.title", {
        office: localName({ nameJa: floor.data.officeNameJa, nameEn: floor.data.officeNameEn }),
      })
    : t("floor.kiosk.titlePlain");
  usePageTitle(title);
  const lanes = (floor.data?.lanes ?? []).filter((lane) => lane.active);

  return (
    <main className="min-h-screen bg-white p-6 text-solid-gray-900">
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4 print:hidden">
        <h1 className="text-[2.25rem] leading-tight font-bold">{title}</h1>
        <KioskLanguage />
      </div>
      {!configured ? (
        <DeviceSetup onDone={() => setConfigured(true)} />
      ) : floor.isError ? (
        <ErrorMessage error={floor.error} onRetry={() => void floor.refetch()} />
      ) : !floor.data ? (
        <LoadingStatus />
      ) : (
        <LanePicker officeId={officeId} lanes={lanes} />
      )}
    </main>
  );
}
