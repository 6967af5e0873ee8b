import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Schema } from "../../api/schemas";
import { json, mockFetch, problem } from "../../test/fetchMock";
import { wards } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";

const answered: Schema<"ResidentVoiceStatus"> = {
  reference: "V-2026-000123",
  type: "REQUEST",
  categories: ["roads"],
  wardCode: "431010",
  state: "ANSWERED",
  receivedOn: "2026-12-04",
  dueOn: "2026-12-18",
  answeredOn: "2026-12-10",
  answer: "現地を確認し、街灯を交換しました。",
  published: true,
  publishedText: "通学路の街灯が切れている。",
};

function statusApi(lookup: (request: Request) => Response) {
  return mockFetch({
    "GET /api/v1/wards": () => json(wards),
    "GET /api/v1/public/voice-categories": () =>
      json([{ code: "roads", nameJa: "道路", nameEn: "Roads", groupJa: "まちの基盤" }]),
    "GET /api/v1/public/voices/V-2026-000123": lookup,
  });
}

const notFound = () =>
  problem({
    type: "https://wardhub.city/problems/not-found",
    title: "受付番号と照会コードに合う声が見つかりません",
    titleEn: "Voice with this reference and access code not found",
    status: 404,
  });

describe("following a voice", () => {
  it("shows the state, the dates and the answer for the reference number of the link and the code typed", async () => {
    const user = userEvent.setup();
    const { requests } = statusApi(() => json(answered));
    const { router } = renderRoute("/voice-status?reference=V-2026-000123");

    expect(await screen.findByRole("textbox", { name: /^受付番号/ })).toHaveValue("V-2026-000123");
    await user.type(screen.getByRole("textbox", { name: /^照会コード/ }), "k7qm 3xrp wd2f");
    await user.click(screen.getByRole("button", { name: "確認する" }));

    expect(await screen.findByRole("heading", { level: 2, name: "V-2026-000123 の対応状況" })).toHaveFocus();
    expect(screen.getByTestId("status-state")).toHaveTextContent("回答済み");
    expect(screen.getByTestId("status-answer")).toHaveTextContent("現地を確認し、街灯を交換しました。");
    expect(screen.getByTestId("status-published")).toHaveTextContent("通学路の街灯が切れている。");
    const main = screen.getByRole("main");
    // a resident reads the era
    expect(main).toHaveTextContent("令和8年12月18日(金)");
    expect(main).toHaveTextContent("令和8年12月10日(木)");
    expect(await screen.findByText("道路")).toBeInTheDocument();
    expect(screen.getByText("中央区")).toBeInTheDocument();
    expect(screen.getByRole("listitem", { current: "step" })).toHaveTextContent("回答済み");

    const lookup = new URL(requests.find((request) => request.url.includes("/public/voices/"))!.url);
    expect(lookup.searchParams.get("code")).toBe("k7qm 3xrp wd2f");
    expect(router.state.location.search).toBe("?reference=V-2026-000123");
  });

  it("says only that the reference number or the code is wrong", async () => {
    const user = userEvent.setup();
    statusApi(notFound);
    renderRoute("/voice-status?reference=V-2026-000123");

    await user.type(await screen.findByRole("textbox", { name: /^照会コード/ }), "AAAA-BBBB-CCCC");
    await user.click(screen.getByRole("button", { name: "確認する" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("受付番号または照会コードが違います。");
    expect(alert).not.toHaveTextContent("見つかりません");
    expect(screen.queryByTestId("status-state")).not.toBeInTheDocument();
  });

  it("says how long to wait after too many wrong codes", async () => {
    const user = userEvent.setup();
    statusApi(() =>
      problem(
        {
          type: "https://wardhub.city/problems/too-many-requests",
          title: "リクエストが多すぎます",
          titleEn: "Too many requests",
          status: 429,
        },
        { "Retry-After": "600" },
      ),
    );
    renderRoute("/voice-status?reference=V-2026-000123");

    await user.type(await screen.findByRole("textbox", { name: /^照会コード/ }), "AAAA-BBBB-CCCC");
    await user.click(screen.getByRole("button", { name: "確認する" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("10分ほどたってからお試しください");
  });

  it("tells a voice not yet answered when the answer is due", async () => {
    const user = userEvent.setup();
    statusApi(() =>
      json({
        ...answered,
        state: "IN_PROGRESS",
        answeredOn: null,
        answer: null,
        published: false,
        publishedText: null,
      }),
    );
    renderRoute("/voice-status?reference=V-2026-000123");

    await user.type(await screen.findByRole("textbox", { name: /^照会コード/ }), "K7QM-3XRP-WD2F");
    await user.click(screen.getByRole("button", { name: "確認する" }));

    expect(await screen.findByTestId("status-state")).toHaveTextContent("対応中");
    expect(screen.queryByTestId("status-answer")).not.toBeInTheDocument();
    expect(screen.getByText("まだ回答していません。回答予定日をめどにお答えします。")).toBeInTheDocument();
    expect(screen.queryByTestId("status-published")).not.toBeInTheDocument();
  });
});
