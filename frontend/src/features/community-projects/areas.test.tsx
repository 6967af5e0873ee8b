import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../lib/auth/session";
import { json, mockFetch } from "../../test/fetchMock";
import { chuoStaff, wards } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";
import { areaDraftOf, openLiaisons, periodState, toAreaInput, toggled } from "./areaDraft";
import { activeSummary, chuoLiaison, keitokuArea, keitokuSummary, myKeitoku } from "./testFixtures";

const common = {
  "GET /api/v1/notifications": () => json({ items: [], page: 0, size: 1, total: 0, unread: 0 }),
  "GET /api/v1/wards": () => json(wards),
};

describe("area drafts", () => {
  it("send the facility for a centre's area and the centre for a school district, never both", () => {
    const district = toAreaInput({ ...areaDraftOf(keitokuArea), officeId: "19" }, "431010");
    expect(district).toEqual({
      wardCode: "431010",
      kind: "SCHOOL_DISTRICT",
      name: "慶徳校区",
      nameKana: "けいとくこうく",
      officeId: undefined,
      centreId: 30,
    });
    const centre = toAreaInput({
      kind: "COMMUNITY_CENTER",
      name: " 五福 ",
      nameKana: "ごふく",
      officeId: "19",
      centreId: "30",
    });
    expect(centre).toMatchObject({ name: "五福", officeId: 19, centreId: undefined });
  });

  it("keep on the area those with no end yet, and tell where a period stands", () => {
    const ending = {
      username: "leaving",
      displayName: "転出 予定",
      from: "2026-04-01",
      to: "2026-12-31",
      current: true,
    };
    expect(openLiaisons({ ...keitokuArea, liaisons: [...keitokuArea.liaisons, ending] })).toEqual(["chuo-liaison"]);
    expect(toggled(["a", "b"], "a", false)).toEqual(["b"]);
    expect(toggled(["b"], "a", true)).toEqual(["b", "a"]);
    expect(periodState({ from: "2027-01-01" }, "2026-12-04")).toBe("scheduled");
    expect(periodState({ from: "2025-04-01", to: "2026-03-31" }, "2026-12-04")).toBe("ended");
    expect(periodState({ from: "2026-04-01", to: null }, "2026-12-04")).toBe("current");
  });
});

describe("the liaison areas list", () => {
  it("shows the ward's areas with who looks after each, and offers ward staff to add one", async () => {
    startSession("token-abc", 1800, chuoStaff);
    const { requests } = mockFetch({
      ...common,
      "GET /api/v1/community/areas": () => json({ items: [keitokuSummary], page: 0, size: 100, total: 1 }),
      "GET /api/v1/community/liaisons": () => json([]),
    });
    renderRoute("/community/areas");

    const table = await screen.findByRole("table", { name: "担当地域の一覧" });
    const row = within(table).getByRole("row", { name: /慶徳校区/ });
    expect(within(row).getByRole("link", { name: "慶徳校区" })).toHaveAttribute("href", "/community/areas/31");
    expect(row).toHaveTextContent("地域 健太（2026年4月1日(水)から）");
    expect(row).toHaveTextContent("五福まちづくりセンター");
    expect(screen.getByRole("heading", { name: "担当地域を登録する" })).toBeInTheDocument();
    expect(screen.queryByRole("combobox", { name: "区" })).not.toBeInTheDocument();
    const list = new URL(requests.find((request) => request.url.includes("/community/areas"))!.url);
    expect(list.searchParams.get("ward")).toBe("431010");
  });
});

describe("an area's page", () => {
  it("assigns the ticked liaison staff from the day given, with the version read, and shows the history", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    const reassigned = { ...keitokuArea, version: 3 };
    const { requests } = mockFetch({
      ...common,
      "GET /api/v1/community/areas/31": () => json(keitokuArea),
      "GET /api/v1/community/areas": () => json({ items: [], page: 0, size: 100, total: 0 }),
      "GET /api/v1/community/liaisons": () =>
        json([
          { username: "chuo-liaison", displayName: "地域 健太" },
          { username: "chuo-liaison-2", displayName: "地域 花子" },
        ]),
      "PUT /api/v1/community/areas/31/liaisons": () => json(reassigned),
    });
    renderRoute("/community/areas/31");

    expect(await screen.findByRole("heading", { level: 1, name: "慶徳校区" })).toBeInTheDocument();
    const history = screen.getByRole("table", { name: "担当の履歴" });
    expect(within(history).getByRole("row", { name: /前任 一郎/ })).toHaveTextContent("終了");
    expect(await screen.findByRole("checkbox", { name: "地域 健太" })).toBeChecked();
    await user.click(screen.getByRole("checkbox", { name: "地域 花子" }));
    await user.click(screen.getByRole("checkbox", { name: "地域 健太" }));
    const from = screen.getByLabelText(/この日から/);
    await user.clear(from);
    await user.type(from, "2027-04-01");
    await user.click(screen.getByRole("button", { name: "割当てを保存する" }));

    expect(await screen.findByText("担当を保存しました。")).toBeInTheDocument();
    const put = requests.find((request) => request.method === "PUT")!;
    expect(put.headers.get("If-Match")).toBe('"2"');
    expect(await put.json()).toEqual({ liaisons: ["chuo-liaison-2"], from: "2027-04-01" });
  });

  it("shows the liaison officer the area without the assignment form", async () => {
    startSession("token-abc", 1800, chuoLiaison);
    mockFetch({ ...common, "GET /api/v1/community/areas/31": () => json({ ...keitokuArea, editable: false }) });
    renderRoute("/community/areas/31");

    expect(await screen.findByRole("heading", { level: 1, name: "慶徳校区" })).toBeInTheDocument();
    expect(screen.getByText(/割り当てられるのは、その区の区職員と管理者です/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "割当てを保存する" })).not.toBeInTheDocument();
  });
});

describe("a liaison officer's home", () => {
  it("is where they land, with each area's groups, projects, coming meetings and newest voices", async () => {
    startSession("token-abc", 1800, chuoLiaison);
    mockFetch({
      ...common,
      "GET /api/v1/community/areas/mine": () => json({ today: "2026-12-04", areas: [myKeitoku] }),
      "GET /api/v1/community/projects": () => json({ items: [activeSummary], page: 0, size: 100, total: 1 }),
    });
    renderRoute("/");

    expect(await screen.findByRole("heading", { level: 1, name: "担当地域" })).toBeInTheDocument();
    const area = await screen.findByRole("region", { name: "慶徳校区" });
    // the index jumps to each area and to the assigned projects, so a keyboard need not tab through every link
    const index = screen.getByRole("navigation", { name: "このページの地域" });
    expect(within(index).getByRole("link", { name: "慶徳校区" })).toHaveAttribute(
      "href",
      `#${within(area).getByRole("heading", { level: 3 }).id}`,
    );
    expect(within(index).getByRole("link", { name: "担当の事業" })).toHaveAttribute("href", "#my-projects");
    expect(within(area).getByRole("link", { name: "慶徳校区自治協議会" })).toHaveAttribute(
      "href",
      "/community/groups/3",
    );
    expect(within(area).getByRole("link", { name: "慶徳校区 花いっぱい運動" })).toHaveAttribute(
      "href",
      "/community/projects/11",
    );
    expect(within(area).getByRole("link", { name: "慶徳校区 通学路の安全を話し合う会" })).toBeInTheDocument();
    expect(within(area).getByRole("link", { name: /V-2026-000041/ })).toHaveAttribute("href", "/voices/41");
    expect(within(area).getByText("回答待ちの区民の声: 3件")).toBeInTheDocument();
    expect(within(area).getByRole("link", { name: "「慶徳校区」の区民の声をすべて見る" })).toHaveAttribute(
      "href",
      `/voices?q=${encodeURIComponent("慶徳校区")}`,
    );
    expect(screen.getByRole("article", { name: activeSummary.title })).toBeInTheDocument();
  });
});
