import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../lib/auth/session";
import { json, mockFetch } from "../../test/fetchMock";
import { chuoStaff, wards } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";
import type { Schema } from "../../api/schemas";
import { activeSummary, chuoLiaison, ideaSummary, meeting, planningProject, stats } from "./testFixtures";

const common = {
  "GET /api/v1/notifications": () => json({ items: [], page: 0, size: 1, total: 0, unread: 0 }),
  "GET /api/v1/wards": () => json(wards),
};

describe("the project board", () => {
  it("shows the ward's projects in status sections, each a heading and a list, with the ward in the URL", async () => {
    startSession("token-abc", 1800, chuoStaff);
    const { requests } = mockFetch({
      ...common,
      "GET /api/v1/community/projects": () =>
        json({ items: [ideaSummary, activeSummary], page: 0, size: 100, total: 2 }),
    });
    renderRoute("/community/projects?visibility=PUBLIC");

    const idea = await screen.findByRole("region", { name: /^構想/ });
    expect(within(idea).getByRole("list")).toBeInTheDocument();
    expect(within(idea).getByRole("link", { name: ideaSummary.title })).toHaveAttribute(
      "href",
      "/community/projects/11",
    );
    const active = screen.getByRole("region", { name: /^実施中/ });
    expect(within(active).getByText("秋の一斉清掃（2026年12月5日(土)）")).toBeInTheDocument();
    expect(
      within(screen.getByRole("region", { name: /^完了/ })).getByText("この状態の事業はありません。"),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "事業を登録する" })).toHaveAttribute("href", "/community/projects/new");

    const list = new URL(requests.find((request) => request.url.includes("/community/projects"))!.url);
    expect(list.searchParams.get("ward")).toBe("431010");
    expect(list.searchParams.get("visibility")).toBe("PUBLIC");
  });
});

describe("the project page", () => {
  it("moves the project with the version read and ticks a milestone with the milestone's version", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoLiaison);
    const started: Schema<"CommunityProject"> = {
      ...planningProject,
      status: "ACTIVE",
      actions: ["COMPLETE", "PAUSE"],
      version: 4,
    };
    const { requests } = mockFetch({
      ...common,
      "GET /api/v1/community/projects/12": () => json(planningProject),
      "POST /api/v1/community/projects/12/start": () => json(started),
      "PUT /api/v1/community/projects/12/milestones/5": () => json({ ...planningProject.milestones[0], done: true }),
    });
    renderRoute("/community/projects/12");

    expect(await screen.findByRole("heading", { level: 1, name: planningProject.title })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "V-2026-000041" })).toHaveAttribute("href", "/voices/41");
    expect(screen.getByRole("link", { name: "清掃用具の購入" })).toHaveAttribute("href", "/community/applications/8");
    const timeline = screen.getByRole("list", { name: "活動記録と節目（日付順）" });
    expect(
      within(timeline)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringContaining("参加者の募集"),
      expect.stringContaining("下見と打合せ"),
      expect.stringContaining("秋の一斉清掃"),
    ]);

    await user.click(screen.getByRole("button", { name: "実施を始める" }));
    expect(await screen.findByText("事業の状態を「実施中」にしました。")).toBeInTheDocument();
    const move = requests.find((request) => request.method === "POST")!;
    expect(move.headers.get("If-Match")).toBe('"3"');

    await user.click(screen.getByRole("button", { name: "「秋の一斉清掃」を完了にする" }));
    await waitFor(() => expect(requests.some((request) => request.method === "PUT")).toBe(true));
    const tick = requests.find((request) => request.method === "PUT")!;
    expect(tick.headers.get("If-Match")).toBe('"2"');
    expect(await tick.json()).toEqual({ title: "秋の一斉清掃", dueOn: "2026-12-05", done: true });
  });
});

describe("my areas", () => {
  it("lists the liaison officer's projects and logs an activity from there", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoLiaison);
    const { requests } = mockFetch({
      ...common,
      "GET /api/v1/community/projects": () => json({ items: [activeSummary], page: 0, size: 100, total: 1 }),
      "GET /api/v1/community/areas/mine": () => json({ today: "2026-11-21", areas: [] }),
      "POST /api/v1/community/projects/12/activities": () =>
        json({ id: 10, heldOn: "2026-11-21", description: "除草", participants: 8, recordedBy: "chuo-liaison" }),
    });
    renderRoute("/community/my-areas");

    await user.click(await screen.findByRole("button", { name: "「白川河川敷の清掃」の活動を記録する" }));
    await user.type(screen.getByRole("textbox", { name: /活動の内容/ }), "除草");
    await user.type(screen.getByRole("textbox", { name: /参加者数/ }), "8");
    await user.click(screen.getByRole("button", { name: "活動を記録する" }));

    expect(await screen.findByText("「白川河川敷の清掃」の活動を記録しました。")).toBeInTheDocument();
    expect(new URL(requests.find((request) => request.url.includes("mine=true"))!.url).searchParams.get("mine")).toBe(
      "true",
    );
    const log = requests.find((request) => request.method === "POST")!;
    expect(await log.json()).toMatchObject({ description: "除草", participants: 8 });
  });
});

describe("a dialogue meeting", () => {
  it("takes an opinion in as a voice once and shows its reference", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    const { requests } = mockFetch({
      ...common,
      "GET /api/v1/community/meetings/4": () => json(meeting),
      "GET /api/v1/voices/categories": () => json([{ code: "community", nameJa: "地域活動", nameEn: "Community" }]),
      "POST /api/v1/community/meetings/4/voices": () => json({ id: 120, reference: "V-2026-000120" }, 201),
    });
    renderRoute("/community/meetings/4");

    expect(await screen.findByRole("heading", { level: 1, name: meeting.title })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole("combobox", { name: /種別/ }), "REQUEST");
    await user.click(await screen.findByRole("checkbox", { name: "地域活動" }));
    await user.type(screen.getByRole("textbox", { name: /意見の内容/ }), "公民館を夜も使いたい。");
    await user.click(screen.getByRole("button", { name: "区民の声として登録する" }));

    expect(await screen.findByRole("link", { name: "V-2026-000120" })).toHaveAttribute("href", "/voices/120");
    const post = requests.find((request) => request.method === "POST")!;
    expect(post.headers.get("Idempotency-Key")).toBeTruthy();
    expect(await post.json()).toEqual({ type: "REQUEST", categories: ["community"], text: "公民館を夜も使いたい。" });
  });
});

describe("public projects", () => {
  it("treats an internal project as not found, even for a signed-in member of staff", async () => {
    startSession("token-abc", 1800, chuoStaff);
    mockFetch({ ...common, "GET /api/v1/community/projects/12": () => json(planningProject) });
    renderRoute("/projects/12");
    expect(await screen.findByRole("heading", { level: 1, name: "事業が見つかりません" })).toBeInTheDocument();
  });

  it("shows a public project without staff names", async () => {
    mockFetch({
      ...common,
      "GET /api/v1/community/projects/12": () => json({ ...planningProject, visibility: "PUBLIC", liaisons: [] }),
    });
    renderRoute("/projects/12");
    expect(await screen.findByRole("heading", { level: 1, name: planningProject.title })).toBeInTheDocument();
    expect(screen.queryByText(/chuo-liaison/)).not.toBeInTheDocument();
    expect(within(screen.getByRole("main")).queryByRole("button")).not.toBeInTheDocument();
  });
});

describe("project statistics", () => {
  it("shows the counts as a table and as a labelled chart", async () => {
    startSession("token-abc", 1800, chuoStaff);
    mockFetch({ ...common, "GET /api/v1/community/projects/stats": () => json(stats) });
    renderRoute("/community/projects/stats");

    const table = await screen.findByRole("table", { name: "区 × 状態の事業数" });
    expect(within(table).getByRole("row", { name: /中央区/ })).toHaveTextContent("中央区123107");
    expect(screen.getByRole("img", { name: /中央区 7件（実施中 3件）/ })).toBeInTheDocument();
  });
});
