import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { startSession } from "../lib/auth/session";
import { addDays, todayInKumamoto } from "../lib/dates";
import { chuoPlace, closedDay, inkanSummary, juminhyoSummary, kisaiSummary, weekday } from "../test/counterFixtures";
import { json, mockFetch } from "../test/fetchMock";
import { chuoStaff, chuoWardOffice, wards } from "../test/fixtures";
import { renderRoute } from "../test/renderRoute";
import type { Schema } from "../api/schemas";

const office = { ...chuoWardOffice, id: 2 };

const hours: Schema<"PlaceHours"> = {
  place: chuoPlace,
  from: "2026-12-31",
  to: "2027-01-06",
  days: [
    closedDay("2026-12-31", "YEAR_END", "年末年始", "Year-end holidays"),
    closedDay("2027-01-01", "HOLIDAY", "元日", "New Year's Day"),
    closedDay("2027-01-02", "YEAR_END", "年末年始", "Year-end holidays"),
    closedDay("2027-01-03", "YEAR_END", "年末年始", "Year-end holidays"),
    weekday("2027-01-04"),
    weekday("2027-01-05"),
    {
      ...weekday("2027-01-06"),
      kind: "SPECIAL_HOURS",
      spans: [{ opens: "08:30", closes: "12:00" }],
      reasonJa: "短縮業務",
    },
  ],
};

const closedNow: Schema<"OpenNow"> = {
  place: chuoPlace,
  at: "2027-01-01T10:00:00+09:00",
  open: false,
  nextOpening: "2027-01-04T08:30:00+09:00",
  today: hours.days[1],
};

const procedures: Schema<"OfficeProcedures"> = {
  place: chuoPlace,
  items: [
    { procedure: juminhyoSummary, level: "FULL", residentsOnly: false },
    { procedure: kisaiSummary, level: "ISSUE_ONLY", residentsOnly: true, conditionsJa: "平日のみ" },
    { procedure: inkanSummary, level: "RECEPTION_ONLY", residentsOnly: false },
  ],
};

function handlers(openNow: Schema<"OpenNow"> = closedNow) {
  return {
    "GET /api/v1/wards": () => json(wards),
    "GET /api/v1/offices/2": () => json(office),
    "GET /api/v1/offices/2/hours": () => json(hours),
    "GET /api/v1/offices/2/open-now": () => json(openNow),
    "GET /api/v1/offices/2/procedures": () => json(procedures),
  };
}

describe("office page: hours and procedures", () => {
  it("shows the week's hours with holiday reasons, whether it is open now, and what it handles by category", async () => {
    const { requests } = mockFetch(handlers());

    renderRoute("/offices/2");

    const table = await screen.findByRole("table", { name: "今日から7日間の開庁時間" });
    const newYear = within(table).getByRole("row", { name: /1月1日\(金\)/ });
    expect(newYear).toHaveTextContent("休み");
    expect(newYear).toHaveTextContent("元日");
    expect(within(table).getByRole("row", { name: /12月31日\(木\)/ })).toHaveTextContent("年末年始");
    expect(within(table).getByRole("row", { name: /1月4日\(月\)/ })).toHaveTextContent("8:30〜17:15");
    expect(within(table).getByRole("row", { name: /1月6日\(水\)/ })).toHaveTextContent("8:30〜12:00短縮業務");
    const today = todayInKumamoto();
    const asked = requests.map((request) => new URL(request.url)).find((url) => url.pathname.endsWith("/hours"));
    expect(asked?.search).toBe(`?from=${today}&to=${addDays(today, 6)}`);

    expect(await screen.findByTestId("open-now")).toHaveTextContent(
      "閉庁中いま閉まっています。次は令和9年1月4日(月) 8:30に開きます。",
    );

    const procedureSection = screen.getByRole("region", { name: "この施設でできる手続き" });
    const registry = within(procedureSection).getByRole("region", { name: "住民票・戸籍の証明" });
    expect(
      within(registry)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["住民票の写し◎取扱い", "住民票記載事項証明書○証明書交付のみ平日のみこの区にお住まいの方のみ"]);
    expect(within(registry).getByRole("link", { name: "住民票の写し" })).toHaveAttribute(
      "href",
      "/counter?procedure=juminhyo-copy",
    );
    expect(within(procedureSection).getByRole("region", { name: "印鑑登録" })).toHaveTextContent("△受付のみ");
    expect(within(procedureSection).getByRole("heading", { level: 3, name: "記号の見かた" })).toBeInTheDocument();
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    expect(screen.queryByRole("link", { name: "この施設の開庁時間を設定する" })).not.toBeInTheDocument();
  });

  it("says until when it is open, and offers the hours editor to the ward's staff", async () => {
    mockFetch(handlers({ ...closedNow, open: true, closesAt: "2027-01-04T17:15:00+09:00", nextOpening: undefined }));
    startSession("token-abc", 1800, chuoStaff);

    renderRoute("/offices/2");

    expect(await screen.findByTestId("open-now")).toHaveTextContent("開庁中いま開いています（本日は17:15まで）。");
    expect(screen.getByRole("link", { name: "この施設の開庁時間を設定する" })).toHaveAttribute(
      "href",
      "/staff/offices/2/hours",
    );
  });
});
