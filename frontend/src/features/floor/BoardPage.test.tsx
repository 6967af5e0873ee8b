import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { mockEventSource } from "../../test/fakeEventSource";
import { json, mockFetch } from "../../test/fetchMock";
import { board } from "../../test/floorFixtures";
import { renderRoute } from "../../test/renderRoute";
import { announcementEn, announcementJa } from "./announce";

const calledBoard = board({
  lastEventId: 41,
  lanes: board().lanes.map((lane) =>
    lane.letter === "A"
      ? {
          ...lane,
          lastCalled: [
            {
              label: "A-012",
              window: 3,
              windowNameJa: "1階 3番 区民課",
              windowNameEn: "Floor 1, window 3",
              calledAt: "2027-01-13T01:05:00Z",
            },
          ],
        }
      : lane,
  ),
});
const called = {
  id: 41,
  officeId: 1,
  kind: "CALLED" as const,
  label: "A-012",
  laneId: 11,
  window: 3,
  occurredAt: "2027-01-13T01:05:00Z",
};

describe("call board", () => {
  it("words the announcement as the floor says it", () => {
    expect(announcementJa("A-012", 3)).toBe("A の 12 番の方、3 番窓口へお越しください");
    expect(announcementEn("B-003", 12)).toBe("Number B 3, please come to window 12.");
  });

  it("shows each number called with its window, announces it politely and speaks it once sound is on", async () => {
    const EventSource = mockEventSource();
    mockFetch({ "GET /api/v1/offices/1/queue": () => json(board()) });
    const speakMock = vi.fn();
    vi.stubGlobal("speechSynthesis", { speak: speakMock });
    vi.stubGlobal(
      "SpeechSynthesisUtterance",
      class {
        lang = "";
        rate = 1;
        constructor(readonly text: string) {}
      },
    );
    renderRoute("/board/1");

    expect(await screen.findByRole("heading", { level: 1, name: "中央区役所 呼び出し" })).toBeInTheDocument();
    expect(screen.getByText("まだお呼び出しはありません")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "音声案内" }));
    expect(screen.getByRole("button", { name: "音声案内" })).toHaveAttribute("aria-pressed", "true");

    act(() => {
      EventSource.latest().open();
      EventSource.latest().send("queue", { event: called, board: calledBoard }, "41");
    });
    const calls = screen.getByTestId("board-calls");
    expect(within(calls).getByText("A 12")).toBeInTheDocument();
    expect(within(calls).getByText("3番窓口")).toBeInTheDocument();
    expect(screen.getByTestId("board-announcement")).toHaveTextContent("A の 12 番の方、3 番窓口へお越しください");
    expect(screen.getByTestId("board-announcement")).toHaveAttribute("aria-live", "polite");
    expect(speakMock).toHaveBeenCalledOnce();
    expect(speakMock.mock.calls[0][0]).toMatchObject({
      text: "A の 12 番の方、3 番窓口へお越しください",
      lang: "ja-JP",
    });

    await userEvent.click(screen.getByRole("button", { name: "英語の案内" }));
    act(() =>
      EventSource.latest().send("queue", { event: { ...called, id: 42, kind: "RECALLED" }, board: calledBoard }, "42"),
    );
    expect(speakMock).toHaveBeenCalledTimes(3);
    expect(speakMock.mock.calls[2][0]).toMatchObject({ text: "Number A 12, please come to window 3.", lang: "en-US" });
    expect(screen.getByTestId("stream-status")).toHaveTextContent("リアルタイムで更新中");
  });

  it("says so when the office has no board", async () => {
    mockEventSource();
    mockFetch({
      "GET /api/v1/offices/99/queue": () =>
        json({ type: "about:blank", title: "見つかりません", titleEn: "Not found", status: 404 }, 404),
    });
    renderRoute("/board/99");
    expect(await screen.findByRole("alert")).toHaveTextContent("この施設の呼び出し表示はありません。");
  });
});
