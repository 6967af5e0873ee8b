import { useState } from "react";
import { useIdParam } from "../../components/RecordPage";
import { useTranslation } from "react-i18next";
import { useOfficeQueue } from "../../api/floor";
import type { Schema } from "../../api/schemas";
import { useLocalName } from "../../app/useLocalName";
import { usePageTitle } from "../../app/usePageTitle";
import { StreamStatus } from "../../components/StreamStatus";
import { useDateFormats } from "../../lib/dates";
import { useQueueStream } from "../../lib/useQueueStream";
import { announcementEn, announcementJa, playChime, speak, splitLabel } from "./announce";

/** How many numbers the board shows. */
const SHOWN = 8;

interface Call {
  label: string;
  window: number;
  windowName: string;
  calledAt: string;
  laneName: string;
}

function calls(board: Schema<"OfficeQueue">, localName: (named: { nameJa: string; nameEn: string }) => string): Call[] {
  return board.lanes
    .flatMap((lane) =>
      lane.lastCalled.map((called) => ({
        label: called.label,
        window: called.window,
        windowName: localName({ nameJa: called.windowNameJa, nameEn: called.windowNameEn }),
        calledAt: called.calledAt,
        laneName: localName(lane),
      })),
    )
    .sort((a, b) => b.calledAt.localeCompare(a.calledAt))
    .slice(0, SHOWN);
}

function TicketNumber({ label }: { label: string }) {
  const parts = splitLabel(label);
  return <>{parts ? `${parts.letter} ${parts.number}` : label}</>;
}

/**
 * The wall screen of an office (呼び出し表示): the numbers being called and their windows, large and in high
 * contrast, with a chime and a spoken announcement for each call once sound is switched on (browsers allow sound
 * only after someone touched the page).
 */
export function BoardPage() {
  const { t } = useTranslation();
  const localName = useLocalName();
  const formats = useDateFormats();
  const { id: officeId, valid } = useIdParam("office");
  const first = useOfficeQueue(valid ? officeId : undefined);
  const [sound, setSound] = useState(false);
  const [english, setEnglish] = useState(false);
  const [announcement, setAnnouncement] = useState("");

  const stream = useQueueStream(valid ? officeId : undefined, (event) => {
    if ((event.kind !== "CALLED" && event.kind !== "RECALLED") || !event.label || event.window == null) return;
    const ja = announcementJa(event.label, event.window);
    const en = announcementEn(event.label, event.window);
    setAnnouncement(english ? `${ja} ${en}` : ja);
    if (sound) {
      playChime();
      speak(
        english
          ? [
              { text: ja, lang: "ja-JP" },
              { text: en, lang: "en-US" },
            ]
          : [{ text: ja, lang: "ja-JP" }],
      );
    }
  });
  const board = stream.board ?? first.data;
  const title = board ? t("floor.board.title", { office: localName(board) }) : t("floor.board.titlePlain");
  usePageTitle(title);
  const shown = board ? calls(board, localName) : [];

  return (
    <main className="min-h-screen bg-[#000] p-6 text-white">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-[2.5rem] leading-tight font-bold">{title}</h1>
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="button"
            aria-pressed={sound}
            onClick={() => {
              setSound(!sound);
              if (!sound) playChime();
            }}
            className="min-h-11 rounded-8 border-2 border-white px-4 py-2 text-[1.25rem] font-bold focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-[#ffd900] aria-pressed:bg-white aria-pressed:text-[#000]"
          >
            {t("floor.board.sound")}
          </button>
          <button
            type="button"
            aria-pressed={english}
            onClick={() => setEnglish(!english)}
            className="min-h-11 rounded-8 border-2 border-white px-4 py-2 text-[1.25rem] font-bold focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-[#ffd900] aria-pressed:bg-white aria-pressed:text-[#000]"
          >
            {t("floor.board.english")}
          </button>
          <StreamStatus state={stream.state} className="text-white" />
        </div>
      </div>
      {!valid || first.isError ? (
        <p role="alert" className="mt-8 text-[2rem]">
          {t("floor.board.unavailable")}
        </p>
      ) : (
        <>
          <section aria-labelledby="board-calls" className="mt-6">
            <h2 id="board-calls" className="text-[2rem] font-bold text-[#ffd900]">
              {t("floor.board.calling")}
            </h2>
            {shown.length === 0 ? (
              <p className="mt-4 text-[2rem]">{t("floor.board.noCalls")}</p>
            ) : (
              <ol className="mt-4 grid gap-4 lg:grid-cols-2" data-testid="board-calls">
                {shown.map((call, i) => (
                  <li
                    key={`${call.label}-${call.calledAt}`}
                    className={`flex items-center justify-between gap-6 rounded-8 border-4 px-6 py-4 ${i === 0 ? "border-[#ffd900]" : "border-white"}`}
                  >
                    <span className="text-[4.5rem] leading-none font-bold tabular-nums">
                      <TicketNumber label={call.label} />
                    </span>
                    <span className="text-right">
                      <span className="block text-[3rem] leading-none font-bold">
                        {t("floor.board.window", { window: call.window })}
                      </span>
                      <span className="mt-1 block text-[1.25rem]">
                        {call.laneName} · {formats.time(call.calledAt)}
                      </span>
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </section>
          {board && (
            <section aria-labelledby="board-waiting" className="mt-8">
              <h2 id="board-waiting" className="text-[1.5rem] font-bold">
                {t("floor.board.waiting")}
              </h2>
              <ul className="mt-2 flex flex-wrap gap-x-8 gap-y-2 text-[1.5rem]">
                {board.lanes.map((lane) => (
                  <li key={lane.laneId}>
                    {lane.letter} {localName(lane)}: {t("floor.queue.waitingCount", { count: lane.waiting })}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
      <p aria-live="polite" className="sr-only" data-testid="board-announcement">
        {announcement}
      </p>
    </main>
  );
}
