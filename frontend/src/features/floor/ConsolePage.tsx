import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type Floor,
  type Ticket,
  type TicketCommand,
  floorKeys,
  isConflict,
  useCallNext,
  useTicketCommand,
  useTickets,
  useWindowSwitch,
} from "../../api/floor";
import type { Schema } from "../../api/schemas";
import { useLocalName } from "../../app/useLocalName";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { StreamStatus } from "../../components/StreamStatus";
import { useSession } from "../../lib/auth/session";
import { useDateFormats } from "../../lib/dates";
import { useQueueStream } from "../../lib/useQueueStream";
import { WardFloor } from "./OfficeChoice";
import { useRemembered } from "./useRemembered";
import { StatusBadge } from "../../components/StatusBadge";

const WINDOW_KEY = "wardhub.floor.window";

interface Feedback {
  text: string;
  error?: unknown;
}

function useFeedback() {
  const { t } = useTranslation();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const failed = (error: unknown, reload: () => void) => {
    if (isConflict(error)) {
      reload();
      setFeedback({ text: t("floor.console.conflict") });
    } else setFeedback({ text: "", error });
  };
  return { feedback, setFeedback, failed };
}

function FinishForm({
  ticket,
  lane,
  onFinish,
}: {
  ticket: Ticket;
  lane?: Schema<"Lane">;
  onFinish: (codes: string[]) => void;
}) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const codes = new FormData(event.currentTarget).getAll("procedure").map(String);
    setMissing(codes.length === 0);
    if (codes.length > 0) onFinish(codes);
  };
  return (
    <form onSubmit={submit} className="mt-4" aria-label={t("floor.console.finishForm", { label: ticket.label })}>
      <fieldset aria-describedby={missing ? "finish-missing" : undefined}>
        <legend className="field-label">{t("floor.console.whatWasDone")}</legend>
        <ul className="mt-2 flex flex-col gap-2">
          {(lane?.procedures ?? []).map((procedure) => (
            <li key={procedure.code}>
              <label className="inline-flex min-h-11 items-center gap-2 text-std-16N-170">
                <input type="checkbox" name="procedure" value={procedure.code} className="size-5" />
                {localName(procedure)}
              </label>
            </li>
          ))}
        </ul>
        {missing && (
          <p id="finish-missing" className="field-error">
            {t("floor.console.pickProcedure")}
          </p>
        )}
      </fieldset>
      <button type="submit" className="btn-primary mt-3">
        {t("floor.console.finish")}
      </button>
    </form>
  );
}

function TransferForm({
  ticket,
  floor,
  onTransfer,
}: {
  ticket: Ticket;
  floor: Floor;
  onTransfer: (laneId: number) => void;
}) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const others = (floor.lanes ?? []).filter((lane) => lane.id !== ticket.laneId && lane.active);
  const [laneId, setLaneId] = useState("");
  if (others.length === 0) return null;
  return (
    <form
      className="mt-4 flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (laneId) onTransfer(Number(laneId));
      }}
    >
      <div className="field">
        <label htmlFor="transfer-lane" className="field-label">
          {t("floor.console.transferTo")}
        </label>
        <select
          id="transfer-lane"
          value={laneId}
          onChange={(event) => setLaneId(event.target.value)}
          className="field-input"
          required
        >
          <option value="">{t("floor.console.chooseLane")}</option>
          {others.map((lane) => (
            <option key={lane.id} value={lane.id}>
              {lane.letter} {localName(lane)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn-secondary">
        {t("floor.console.transfer")}
      </button>
    </form>
  );
}

type RunCommand = (command: TicketCommand, done: string) => void;

function CurrentTicket({ ticket, floor, run }: { ticket: Ticket; floor: Floor; run: RunCommand }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const lane = floor.lanes?.find((candidate) => candidate.id === ticket.laneId);
  const can = (action: Schema<"TicketAction">) => ticket.actions.includes(action);
  return (
    <section aria-labelledby="console-current" className="rounded-8 border-2 border-blue-900 p-4">
      <h2 id="console-current" className="section-title">
        {t("floor.console.current")}
      </h2>
      <p className="text-[3rem] leading-none font-bold tabular-nums" data-testid="console-current">
        {ticket.label}
      </p>
      <p className="mt-2 flex flex-wrap items-center gap-x-2 text-std-16N-170">
        <StatusBadge family="ticket" status={ticket.state}>
          {t(`floor.state.${ticket.state}`)}
        </StatusBadge>
        {localName({ nameJa: ticket.laneNameJa, nameEn: ticket.laneNameEn })}
        {ticket.priority && ` · ${t(`floor.priority.${ticket.priority}`)}`}
        {ticket.callCount > 1 && ` · ${t("floor.console.calledTimes", { count: ticket.callCount })}`}
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        {can("RECALL") && (
          <button
            type="button"
            className="btn-secondary"
            onClick={() => run({ ticket, step: "recall" }, t("floor.console.recalled", { label: ticket.label }))}
          >
            {t("floor.console.recall")}
          </button>
        )}
        {can("START") && (
          <button
            type="button"
            className="btn-primary"
            onClick={() => run({ ticket, step: "start" }, t("floor.console.started", { label: ticket.label }))}
          >
            {t("floor.console.start")}
          </button>
        )}
        {can("NO_SHOW") && (
          <button
            type="button"
            className="btn-secondary"
            onClick={() => run({ ticket, step: "no-show" }, t("floor.console.noShowDone", { label: ticket.label }))}
          >
            {t("floor.console.noShow")}
          </button>
        )}
      </div>
      {can("FINISH") && (
        <FinishForm
          key={ticket.id}
          ticket={ticket}
          lane={lane}
          onFinish={(procedures) =>
            run({ ticket, step: "finish", procedures }, t("floor.console.finished", { label: ticket.label }))
          }
        />
      )}
      {can("TRANSFER") && (
        <TransferForm
          ticket={ticket}
          floor={floor}
          onTransfer={(laneId) =>
            run({ ticket, step: "transfer", laneId }, t("floor.console.transferred", { label: ticket.label }))
          }
        />
      )}
    </section>
  );
}

function WindowConsole({ floor, officeId }: { floor: Floor; officeId: number }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const formats = useDateFormats();
  const queryClient = useQueryClient();
  const [rememberedWindow, rememberWindow] = useRemembered(`${WINDOW_KEY}.${officeId}`);
  const windows = floor.windows ?? [];
  const counter = windows.find((candidate) => String(candidate.number) === rememberedWindow);
  const number = counter?.number;
  const lanes = (floor.lanes ?? []).filter((lane) => number !== undefined && lane.windows.includes(number));
  const laneIds = new Set(lanes.map((lane) => lane.id));
  const mine = useTickets(officeId, { window: number }, number !== undefined);
  const waiting = useTickets(officeId, { state: "WAITING" });
  const callNext = useCallNext(officeId);
  const switchWindow = useWindowSwitch(officeId);
  const { feedback, setFeedback, failed } = useFeedback();
  const reloadAll = () => {
    void queryClient.invalidateQueries({ queryKey: floorKeys.tickets(officeId) });
    void queryClient.invalidateQueries({ queryKey: floorKeys.floor(officeId) });
  };
  // Kept here, not in the current ticket's panel: a finished ticket's panel can go (the live stream refreshed the
  // list) before the answer arrives, and the answer must still be said.
  const command = useTicketCommand(officeId);
  const run: RunCommand = (step, done) =>
    command.mutate(step, {
      onSuccess: () => setFeedback({ text: done }),
      onError: (error) => failed(error, reloadAll),
    });
  const stream = useQueueStream(
    officeId,
    () => void queryClient.invalidateQueries({ queryKey: floorKeys.tickets(officeId) }),
  );
  const current = mine.data?.items.find((ticket) => ticket.state === "CALLED" || ticket.state === "SERVING");
  const myWaiting = (waiting.data?.items ?? []).filter((ticket) => laneIds.has(ticket.laneId));

  return (
    <>
      <div className="mb-6 flex flex-wrap items-end gap-4">
        <div className="field">
          <label htmlFor="console-window" className="field-label">
            {t("floor.console.window")}
          </label>
          <select
            id="console-window"
            value={number ?? ""}
            onChange={(event) => rememberWindow(event.target.value)}
            className="field-input"
          >
            <option value="">{t("floor.console.chooseWindow")}</option>
            {windows.map((candidate) => (
              <option key={candidate.number} value={candidate.number}>
                {localName(candidate)}
              </option>
            ))}
          </select>
        </div>
        {counter && (
          <button
            type="button"
            className={counter.open ? "btn-secondary" : "btn-primary"}
            onClick={() =>
              switchWindow.mutate(
                { window: counter, open: !counter.open },
                {
                  onSuccess: (changed) =>
                    setFeedback({
                      text: t(changed.open ? "floor.console.opened" : "floor.console.closed", {
                        window: changed.number,
                      }),
                    }),
                  onError: (error) => failed(error, reloadAll),
                },
              )
            }
          >
            {counter.open ? t("floor.console.close") : t("floor.console.open")}
          </button>
        )}
        <StreamStatus state={stream.state} className="text-solid-gray-700" />
      </div>
      <div aria-live="polite" data-testid="console-feedback">
        {feedback?.text && <p className="notice">{feedback.text}</p>}
      </div>
      {feedback?.error !== undefined && <ErrorMessage error={feedback.error} />}
      {!counter ? (
        <p className="text-std-16N-170">{t("floor.console.chooseWindowFirst")}</p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <div>
            <p className="mb-4 text-std-17B-170">
              {counter.open
                ? t("floor.console.windowOpen", { window: counter.number })
                : t("floor.console.windowClosed", { window: counter.number })}
            </p>
            {current ? (
              <CurrentTicket ticket={current} floor={floor} run={run} />
            ) : (
              <button
                type="button"
                className="btn-primary text-oln-17B-100 min-h-14 px-8"
                disabled={!counter.open || callNext.isPending}
                onClick={() =>
                  callNext.mutate(counter.number, {
                    onSuccess: (called) =>
                      setFeedback({
                        text: called
                          ? t("floor.console.called", { label: called.label, window: counter.number })
                          : t("floor.console.nobodyWaiting"),
                      }),
                    onError: (error) => failed(error, reloadAll),
                  })
                }
              >
                {t("floor.console.callNext")}
              </button>
            )}
            {!counter.open && !current && <p className="field-hint mt-2">{t("floor.console.openFirst")}</p>}
          </div>
          <section aria-labelledby="console-waiting">
            <h2 id="console-waiting" className="section-title">
              {t("floor.console.waiting", { count: myWaiting.length })}
            </h2>
            {waiting.isPending ? (
              <LoadingStatus />
            ) : myWaiting.length === 0 ? (
              <p className="text-std-16N-170">{t("floor.console.noneWaiting")}</p>
            ) : (
              <table className="data-table">
                <caption className="sr-only">{t("floor.console.waitingCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("floor.console.number")}</th>
                    <th scope="col">{t("floor.console.lane")}</th>
                    <th scope="col">{t("floor.console.arrived")}</th>
                    <th scope="col">{t("floor.console.priority")}</th>
                  </tr>
                </thead>
                <tbody>
                  {myWaiting.map((ticket) => (
                    <tr key={ticket.id}>
                      <th scope="row" className="tabular-nums">
                        {ticket.label}
                      </th>
                      <td>{localName({ nameJa: ticket.laneNameJa, nameEn: ticket.laneNameEn })}</td>
                      <td>{formats.time(ticket.arrivedAt)}</td>
                      <td>{ticket.priority ? t(`floor.priority.${ticket.priority}`) : ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </div>
      )}
    </>
  );
}

/** The window console (窓口コンソール) of ward staff: their window, its calls and the visitors waiting for it. */
export function ConsolePage() {
  const { t } = useTranslation();
  const user = useSession()?.user;
  return (
    <WardFloor title={t("floor.console.title")} wardCode={user?.ward?.code}>
      {(floor, officeId) => <WindowConsole key={officeId} floor={floor} officeId={officeId} />}
    </WardFloor>
  );
}
