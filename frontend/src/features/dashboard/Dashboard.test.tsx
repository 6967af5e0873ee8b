import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { startSession } from "../../lib/auth/session";
import type { Schema } from "../../api/schemas";
import { consultationSummary } from "../../test/coordinationFixtures";
import { admin, hqStaff } from "../../test/counterFixtures";
import { json, mockFetch } from "../../test/fetchMock";
import { chuoStaff, wards } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";

function voice(
  id: number,
  status: Schema<"VoiceSummary">["status"],
  receivedOn: string,
  overdue = false,
): Schema<"VoiceSummary"> {
  return {
    id,
    reference: `V-2026-${String(id).padStart(6, "0")}`,
    channel: "PHONE",
    type: "REQUEST",
    categories: ["safety"],
    status,
    receivedOn,
    dueOn: "2026-12-10",
    overdue,
    wardCode: "431010",
    excerpt: `街灯が消えています（${id}）`,
    publication: "UNDECIDED",
    version: 0,
  };
}

const proposal: Schema<"ProposalSummary"> = {
  id: 12,
  ward: { code: "431010", nameJa: "中央区", nameEn: "Chuo Ward" },
  kind: "PROJECT",
  fiscalYear: 2026,
  title: "通学路の見守りカメラ",
  status: "SUBMITTED",
  bureaus: [
    {
      bureau: { code: "policy", nameJa: "政策局", nameEn: "Policy Bureau" },
      publication: "UNANSWERED",
      dueOn: "2027-01-20",
      overdue: false,
    },
    {
      bureau: { code: "culture", nameJa: "文化市民局", nameEn: "Culture" },
      publication: "PUBLISHED",
      dueOn: "2027-01-20",
      overdue: false,
    },
  ],
  overdue: false,
  submittedAt: "2026-12-01T01:00:00Z",
  version: 2,
};

const page = <T,>(items: T[], total = items.length) => json({ items, page: 0, size: 5, total });
const notifications = { "GET /api/v1/notifications": () => json({ items: [], page: 0, size: 1, total: 0, unread: 0 }) };

describe("home page of ward staff", () => {
  it("shows the ward's open and overdue voices, its proposals and the consultations to answer", async () => {
    startSession("token-abc", 1800, chuoStaff);
    const { requests } = mockFetch({
      ...notifications,
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/voices": (request) => {
        const query = new URL(request.url).searchParams;
        if (query.get("overdue") === "true") return page([voice(3, "ASSIGNED", "2026-11-01", true)], 1);
        if (query.get("status") === "RECEIVED") return page([voice(9, "RECEIVED", "2026-11-25")], 2);
        if (query.get("status") === "TRIAGED") return page([], 0);
        return page([voice(3, "ASSIGNED", "2026-11-01", true)], 4);
      },
      "GET /api/v1/proposals": () => page([proposal]),
      "GET /api/v1/consultations": () => page([consultationSummary]),
    });
    renderRoute("/");

    expect(await screen.findByRole("heading", { level: 1, name: "ホーム" })).toBeInTheDocument();
    expect(screen.getByText("中央区の対応待ちの仕事です。")).toBeInTheDocument();

    const open = screen.getByRole("region", { name: "対応中の区民の声" });
    expect(await within(open).findByText("6件")).toBeInTheDocument();
    const byState = within(open).getByRole("list", { name: "状態ごとの件数" });
    expect(within(byState).getByRole("link", { name: "受付 2件" })).toHaveAttribute(
      "href",
      "/voices?ward=431010&status=RECEIVED",
    );
    expect(within(byState).getByRole("link", { name: "担当割当て済み 4件" })).toBeInTheDocument();
    // Newest first across the states.
    const newest = within(open).getAllByRole("link", { name: /^V-2026-/ });
    expect(newest.map((link) => link.getAttribute("href"))).toEqual(["/voices/9", "/voices/3"]);

    const overdue = screen.getByRole("region", { name: "回答期限を過ぎた区民の声" });
    expect(within(overdue).getByText("1件")).toBeInTheDocument();
    expect(within(overdue).getByRole("link", { name: "V-2026-000003" })).toHaveAttribute("href", "/voices/3");
    expect(within(overdue).getByRole("link", { name: "回答期限を過ぎた声をすべて見る" })).toHaveAttribute(
      "href",
      "/voices?ward=431010&overdue=true",
    );

    const proposals = screen.getByRole("region", { name: "区の提案と進み具合" });
    expect(within(proposals).getByRole("link", { name: "通学路の見守りカメラ" })).toHaveAttribute(
      "href",
      "/proposals/12",
    );
    expect(proposals).toHaveTextContent("提出済み");
    expect(proposals).toHaveTextContent("回答の公開 1/2局");

    const consultations = screen.getByRole("region", { name: "回答を待っている事前協議" });
    expect(within(consultations).getByRole("link", { name: "通学路のカラー舗装" })).toHaveAttribute(
      "href",
      "/consultations/7",
    );
    expect(consultations).toHaveTextContent("あと3開庁日");

    const asked = (path: string) =>
      requests
        .filter((r) => new URL(r.url).pathname === path)
        .map((r) => Object.fromEntries(new URL(r.url).searchParams));
    expect(asked("/api/v1/consultations")).toContainEqual({
      open: "true",
      unansweredBy: "431010",
      page: "0",
      size: "5",
    });
    expect(asked("/api/v1/proposals")).toContainEqual({ ward: "431010", page: "0", size: "5" });
  });

  it("has an empty state in each section", async () => {
    startSession("token-abc", 1800, chuoStaff);
    mockFetch({
      ...notifications,
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/voices": () => page([]),
      "GET /api/v1/proposals": () => page([]),
      "GET /api/v1/consultations": () => page([]),
    });
    renderRoute("/");

    expect(await screen.findByText("対応中の区民の声はありません。")).toBeInTheDocument();
    expect(await screen.findByText("回答期限を過ぎた区民の声はありません。")).toBeInTheDocument();
    expect(await screen.findByText("区の提案はまだありません。")).toBeInTheDocument();
    expect(await screen.findByText("回答を待っている事前協議はありません。")).toBeInTheDocument();
  });
});

describe("home page of HQ staff", () => {
  it("shows proposals to answer, overdue answers and the bureau's open consultations", async () => {
    startSession("token-abc", 1800, hqStaff);
    const { requests } = mockFetch({
      ...notifications,
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/proposals": (request) =>
        new URL(request.url).searchParams.get("overdue") === "true" ? page([]) : page([proposal]),
      "GET /api/v1/consultations": () => page([consultationSummary]),
    });
    renderRoute("/");

    const toAnswer = await screen.findByRole("region", { name: "回答を求められている区提案" });
    expect(await within(toAnswer).findByRole("link", { name: "通学路の見守りカメラ" })).toBeInTheDocument();
    expect(toAnswer).toHaveTextContent("中央区から・自局は未回答・回答期限 2027年1月20日(水)");
    expect(within(toAnswer).getByRole("link", { name: "提出済みの区提案をすべて見る" })).toHaveAttribute(
      "href",
      "/proposals?status=SUBMITTED&bureau=policy",
    );
    expect(await screen.findByText("回答期限を過ぎた区提案はありません。")).toBeInTheDocument();
    const consultations = screen.getByRole("region", { name: "回答受付中の事前協議" });
    expect(consultations).toHaveTextContent("2区のうち1区が回答済み");

    const proposalQueries = requests
      .filter((r) => new URL(r.url).pathname === "/api/v1/proposals")
      .map((r) => Object.fromEntries(new URL(r.url).searchParams));
    expect(proposalQueries).toContainEqual({ bureau: "policy", status: "SUBMITTED", page: "0", size: "5" });
    expect(proposalQueries).toContainEqual({ bureau: "policy", overdue: "true", page: "0", size: "5" });
    // HQ staff have no ward voices section.
    expect(screen.queryByRole("region", { name: "対応中の区民の声" })).not.toBeInTheDocument();
  });

  it("shows an administrator every bureau's", async () => {
    startSession("token-abc", 1800, admin);
    const { requests } = mockFetch({
      ...notifications,
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/proposals": () => page([]),
      "GET /api/v1/consultations": () => page([]),
    });
    renderRoute("/");

    expect(await screen.findByText("すべての局の対応待ちの仕事です。")).toBeInTheDocument();
    expect(await screen.findByText("回答を求められている区提案はありません。")).toBeInTheDocument();
    const asked = requests.filter((r) => new URL(r.url).pathname === "/api/v1/proposals").map((r) => new URL(r.url));
    expect(asked.every((url) => !url.searchParams.has("bureau"))).toBe(true);
  });
});

describe("home page signed out", () => {
  it("keeps the public introduction", () => {
    mockFetch({});
    renderRoute("/");
    expect(screen.getByRole("heading", { level: 1, name: "区政ハブへようこそ" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "手続きを探す" })).toHaveAttribute("href", "/counter");
  });
});
