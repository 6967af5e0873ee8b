import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../lib/auth/session";
import type { Schema } from "../../api/schemas";
import { chuoPlace, closedDay, weekday } from "../../test/counterFixtures";
import { json, mockFetch } from "../../test/fetchMock";
import { chuoStaff, chuoWardOffice, wards } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";

const office = { ...chuoWardOffice, id: 2 };

const regular: Schema<"OpeningPeriod"> = {
  id: 11,
  ownerKey: "office:2",
  kind: "REGULAR",
  spans: [1, 2, 3, 4, 5].map((day) => ({ dayOfWeek: day, span: { opens: "08:30", closes: "17:15" } })),
  version: 0,
};

const weekendOpening: Schema<"OpeningPeriod"> = {
  id: 12,
  ownerKey: "office:2",
  kind: "OPEN",
  startsOn: "2027-03-28",
  endsOn: "2027-03-28",
  reasonJa: "休日開庁",
  reasonEn: "Weekend opening",
  spans: [{ dayOfWeek: null, span: { opens: "09:00", closes: "12:00" } }],
  version: 2,
};

function hoursFor(closed: boolean): Schema<"PlaceHours"> {
  return {
    place: chuoPlace,
    from: "2027-03-09",
    to: "2027-03-11",
    days: [
      weekday("2027-03-09"),
      closed ? closedDay("2027-03-10", "CLOSED", "臨時休業（点検）", "Closed for inspection") : weekday("2027-03-10"),
      weekday("2027-03-11"),
    ],
  };
}

describe("hours editor", () => {
  it("lists the periods, adds a closure and shows it in the refreshed calendar", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    let added = false;
    const { requests } = mockFetch({
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/offices/2": () => json(office),
      "GET /api/v1/offices/2/opening-periods": () => json([regular, weekendOpening]),
      "GET /api/v1/offices/2/hours": () => json(hoursFor(added)),
      "POST /api/v1/offices/2/opening-periods": () => {
        added = true;
        return json({ id: 13, ownerKey: "office:2", kind: "CLOSED", spans: [], version: 0 }, 201);
      },
    });
    renderRoute("/staff/offices/2/hours");

    expect(await screen.findByRole("heading", { level: 1, name: "開庁時間の設定: 中央区役所" })).toBeInTheDocument();
    const periods = await screen.findByRole("table", { name: "登録されている期間" });
    expect(within(periods).getByRole("row", { name: /^通常/ })).toHaveTextContent("期間の定めなし月〜金: 8:30〜17:15");
    const opening = within(periods).getByRole("row", { name: /^休日開庁/ });
    expect(opening).toHaveTextContent("2027年3月28日(日)〜2027年3月28日(日)毎日: 9:00〜12:00休日開庁");
    expect(
      within(opening).getByRole("button", { name: "編集: 休日開庁 2027年3月28日(日)〜2027年3月28日(日)" }),
    ).toBeInTheDocument();

    // Preview the days around the closure to come.
    const preview = screen.getByRole("region", { name: "開庁カレンダーの確認" });
    fireEvent.change(within(preview).getByLabelText("表示する最初の日"), { target: { value: "2027-03-09" } });
    fireEvent.change(within(preview).getByLabelText("表示する最後の日"), { target: { value: "2027-03-11" } });
    await user.click(within(preview).getByRole("button", { name: "表示する" }));
    const march = await within(preview).findByRole("table", { name: "2027年3月" });
    await waitFor(() => expect(within(march).getByRole("row", { name: /3月10日/ })).toHaveTextContent("8:30〜17:15"));

    const form = screen.getByRole("region", { name: "期間を追加する" });
    expect(within(form).getByLabelText(/種類/)).toHaveValue("CLOSED");
    fireEvent.change(within(form).getByLabelText(/開始日/), { target: { value: "2027-03-10" } });
    expect(within(form).getByLabelText(/終了日/)).toHaveValue("2027-03-10");
    await user.type(within(form).getByRole("textbox", { name: "理由（日本語）" }), "臨時休業（点検）");
    await user.type(within(form).getByRole("textbox", { name: "理由（英語）" }), "Closed for inspection");
    await user.click(within(form).getByRole("button", { name: "期間を追加する" }));

    expect(await screen.findByText("期間を追加しました。")).toBeInTheDocument();
    const post = requests.find((request) => request.method === "POST")!;
    expect(await post.json()).toEqual({
      kind: "CLOSED",
      startsOn: "2027-03-10",
      endsOn: "2027-03-10",
      reasonJa: "臨時休業（点検）",
      reasonEn: "Closed for inspection",
      spans: [],
    });
    await waitFor(() =>
      expect(within(march).getByRole("row", { name: /3月10日/ })).toHaveTextContent("休み臨時休業（点検）"),
    );
  });

  it("sends the spans of special hours, per weekday or every day", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    const { requests } = mockFetch({
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/offices/2": () => json(office),
      "GET /api/v1/offices/2/opening-periods": () => json([regular]),
      "GET /api/v1/offices/2/hours": () => json(hoursFor(false)),
      "POST /api/v1/offices/2/opening-periods": () => json({ ...weekendOpening, id: 14 }, 201),
    });
    renderRoute("/staff/offices/2/hours");
    const form = await screen.findByRole("region", { name: "期間を追加する" });

    await user.selectOptions(within(form).getByLabelText(/種類/), "SPECIAL_HOURS");
    fireEvent.change(within(form).getByLabelText(/開始日/), { target: { value: "2026-12-28" } });
    const first = within(form).getByRole("group", { name: "時間帯 1" });
    await user.clear(within(first).getByRole("textbox", { name: /終了時刻/ }));
    await user.type(within(first).getByRole("textbox", { name: /終了時刻/ }), "12:00");
    await user.click(within(form).getByRole("button", { name: "時間帯を追加" }));
    const second = within(form).getByRole("group", { name: "時間帯 2" });
    await user.selectOptions(within(second).getByLabelText("曜日"), "6");
    await user.clear(within(second).getByRole("textbox", { name: /開始時刻/ }));
    await user.type(within(second).getByRole("textbox", { name: /開始時刻/ }), "09:00");
    await user.click(within(form).getByRole("button", { name: "期間を追加する" }));

    await screen.findByText("期間を追加しました。");
    const post = requests.find((request) => request.method === "POST")!;
    expect(await post.json()).toEqual({
      kind: "SPECIAL_HOURS",
      startsOn: "2026-12-28",
      endsOn: "2026-12-28",
      spans: [
        { opens: "08:30", closes: "12:00" },
        { dayOfWeek: 6, opens: "09:00", closes: "17:15" },
      ],
    });
  });
});
