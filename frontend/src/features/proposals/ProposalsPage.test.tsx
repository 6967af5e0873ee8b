import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../lib/auth/session";
import type { Schema } from "../../api/schemas";
import { json, mockFetch } from "../../test/fetchMock";
import { chuoStaff, wards } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";
import { bureaus, draftProposal, hqAuthor, policyBureau } from "./testFixtures";

const noNotifications = () => json({ items: [], page: 0, size: 1, total: 0, unread: 0 });

const page: Schema<"ProposalPage"> = {
  items: [
    {
      id: 7,
      ward: draftProposal.ward,
      kind: "PROJECT",
      fiscalYear: 2026,
      title: draftProposal.title,
      status: "SUBMITTED",
      bureaus: [{ bureau: policyBureau, publication: "UNANSWERED", dueOn: "2026-10-30", overdue: true }],
      overdue: true,
      version: 4,
    },
  ],
  page: 0,
  size: 20,
  total: 1,
};

describe("the proposal list", () => {
  it("asks the API with the URL's filters and links each proposal", async () => {
    startSession("token-abc", 1800, hqAuthor);
    const { requests } = mockFetch({
      "GET /api/v1/notifications": noNotifications,
      "GET /api/v1/bureaus": () => json(bureaus),
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/proposals": () => json(page),
    });
    renderRoute("/proposals?status=SUBMITTED&bureau=policy&fiscalYear=2026&overdue=true&page=2");

    const table = await screen.findByRole("table", { name: "検索結果" });
    const row = within(table).getAllByRole("row")[1];
    expect(within(row).getByRole("link", { name: draftProposal.title })).toHaveAttribute("href", "/proposals/7");
    expect(row).toHaveTextContent("提出済み");
    expect(row).toHaveTextContent("政策局: 未回答");
    expect(row).toHaveTextContent("期限超過");
    const asked = new URL(requests.find((request) => request.url.includes("/api/v1/proposals"))!.url).searchParams;
    expect(Object.fromEntries(asked)).toEqual({
      status: "SUBMITTED",
      bureau: "policy",
      fiscalYear: "2026",
      overdue: "true",
      page: "1",
      size: "20",
    });
    expect(screen.getByRole("checkbox", { name: "回答期限を過ぎた回答がある提案だけ" })).toBeChecked();
    expect(screen.getByRole("combobox", { name: "区" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "区提案を起案する" })).not.toBeInTheDocument();
  });

  it("puts a changed filter in the URL and starts again at page 1", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    mockFetch({
      "GET /api/v1/notifications": noNotifications,
      "GET /api/v1/bureaus": () => json(bureaus),
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/proposals": () => json(page),
    });
    const { router } = renderRoute("/proposals?page=3");

    await screen.findByRole("table", { name: "検索結果" });
    // Ward staff only ever see their own ward's proposals.
    expect(screen.queryByRole("combobox", { name: "区" })).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: "区提案を起案する" })).toHaveAttribute("href", "/proposals/new");
    await user.selectOptions(screen.getByRole("combobox", { name: "種類" }), "BUDGET_REQUEST");
    await waitFor(() => expect(router.state.location.search).toBe("?kind=BUDGET_REQUEST"));
  });
});
