import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Schema } from "../../api/schemas";
import { json, mockFetch, problem } from "../../test/fetchMock";
import { wards } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";

/** The API's address in the tests' environment. */
const API = import.meta.env.VITE_API_BASE ?? "";

const chuo = { code: "431010", nameJa: "中央区", nameEn: "Chuo Ward" };
const policy = { code: "policy", nameJa: "政策局", nameEn: "Policy Bureau" };

const summary: Schema<"PublicProposalSummary"> = {
  id: 12,
  ward: chuo,
  kind: "PROJECT",
  fiscalYear: 2026,
  title: "通学路の安全対策",
  status: "SUBMITTED",
  progressPercent: null,
  decisions: [{ bureau: policy, decision: "PARTIALLY_ADOPTED" }],
  bureausAddressed: 2,
};

const proposal: Schema<"PublicProposal"> = {
  id: 12,
  ward: chuo,
  kind: "PROJECT",
  fiscalYear: 2026,
  title: "通学路の安全対策",
  background: "抜け道として使う車両が多い",
  content: "路側帯のカラー舗装",
  expectedEffect: "事故の危険を減らす",
  status: "IN_PROGRESS",
  progressPercent: 40,
  submittedAt: "2026-06-01T00:00:00Z",
  bureausAddressed: 1,
  answers: [
    {
      bureau: policy,
      decision: "ADOPTED",
      reasons: "地元と協議のうえ対応する",
      costYen: 8000000,
      timing: "令和9年度当初予算で対応",
      publishedAt: "2026-07-01T00:00:00Z",
    },
  ],
  milestones: [{ title: "危険箇所の合同点検", dueOn: "2027-05-31", done: true }],
};

const common = { "GET /api/v1/wards": () => json(wards) };

describe("the proposal outcomes", () => {
  it("list each proposal with the published decisions and say how many bureaus have yet to answer", async () => {
    const { requests } = mockFetch({
      ...common,
      "GET /api/v1/public/proposals": () => json({ items: [summary], page: 0, size: 20, total: 1 }),
    });
    renderRoute("/proposal-results?kind=PROJECT&year=2026");

    expect(await screen.findByRole("link", { name: "通学路の安全対策" })).toHaveAttribute(
      "href",
      "/proposal-results/12",
    );
    expect(screen.getByText("政策局: 一部採用")).toBeInTheDocument();
    expect(screen.getByText("ほかに 1 局が回答を準備しています。")).toBeInTheDocument();
    const list = new URL(requests.find((request) => request.url.includes("/public/proposals"))!.url);
    expect(list.searchParams.get("kind")).toBe("PROJECT");
    expect(list.searchParams.get("year")).toBe("2026");
    expect(screen.getByRole("link", { name: "CSV（UTF-8）" }).getAttribute("href")).toBe(
      `${API}/api/v1/public/proposals.csv?kind=PROJECT&year=2026`,
    );
  });

  it("show what was proposed, each bureau's answer, the milestones and the progress", async () => {
    mockFetch({ ...common, "GET /api/v1/public/proposals/12": () => json(proposal) });
    renderRoute("/proposal-results/12");

    expect(await screen.findByRole("heading", { level: 1, name: "通学路の安全対策" })).toBeInTheDocument();
    expect(screen.getByText("路側帯のカラー舗装")).toBeInTheDocument();
    const answer = screen.getByRole("article", { name: "政策局: 採用" });
    expect(within(answer).getByText("地元と協議のうえ対応する")).toBeInTheDocument();
    expect(within(answer).getByText("令和9年度当初予算で対応")).toBeInTheDocument();
    expect(screen.getByRole("progressbar", { name: "進捗" })).toHaveAttribute("aria-valuenow", "40");
    const milestones = screen.getByRole("list", { name: "取組の節目（期日順）" });
    expect(within(milestones).getByRole("listitem")).toHaveTextContent("済");
    expect(within(milestones).getByRole("listitem")).toHaveTextContent("危険箇所の合同点検");
  });

  it("say a proposal without a published answer is not found", async () => {
    mockFetch({
      ...common,
      "GET /api/v1/public/proposals/99": () =>
        problem({
          type: "https://wardhub.city/problems/not-found",
          title: "見つかりません",
          titleEn: "Not found",
          status: 404,
        }),
    });
    renderRoute("/proposal-results/99");
    expect(await screen.findByRole("heading", { level: 1, name: "区提案が見つかりません" })).toBeInTheDocument();
  });
});
