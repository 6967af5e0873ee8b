import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../lib/auth/session";
import type { Schema } from "../../api/schemas";
import { json, mockFetch } from "../../test/fetchMock";
import { renderRoute } from "../../test/renderRoute";
import { hqAuthor } from "./testFixtures";

const noNotifications = () => json({ items: [], page: 0, size: 1, total: 0, unread: 0 });

describe("the statistics", () => {
  const group = (key: string, labelJa: string, rate: number | null) => ({
    key,
    labelJa,
    labelEn: key,
    proposals: 4,
    reflectedProposals: rate === null ? 0 : 3,
    proposalReflectionRate: rate ?? undefined,
    requests: 5,
    reflectedRequests: 3,
    requestReflectionRate: 60,
    decisions: { adopted: 2, partiallyAdopted: 1, furtherStudy: 1, notAdopted: 1 },
  });
  const stats: Schema<"ProposalStats"> = {
    groupBy: "bureau",
    groups: [group("policy", "政策局", 75), group("children", "こども局", 50)],
    total: group("total", "合計", 62.5),
  };

  it("shows the figures in a table and as a labelled chart, and regroups from the URL", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, hqAuthor);
    const { requests } = mockFetch({
      "GET /api/v1/notifications": noNotifications,
      "GET /api/v1/proposals/stats": () => json(stats),
    });
    const { router } = renderRoute("/proposals/stats?fiscalYear=2026");

    const table = await screen.findByRole("table", { name: "局別の反映状況" });
    expect(within(table).getByRole("row", { name: /^政策局/ })).toHaveTextContent("75.0%");
    expect(within(table).getByRole("row", { name: /^合計/ })).toHaveTextContent("62.5%");
    expect(
      screen.getByRole("img", { name: /局別の提案単位の反映率の棒グラフ。政策局 75.0%、こども局 50.0%/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole("table", { name: "グラフの数値: 局別の提案単位の反映率" })).toBeInTheDocument();
    const asked = new URL(requests.find((request) => request.url.includes("/stats"))!.url).searchParams;
    expect(asked.get("groupBy")).toBe("bureau");
    expect(asked.get("fiscalYear")).toBe("2026");

    await user.click(screen.getByRole("button", { name: "区別" }));
    await waitFor(() => expect(router.state.location.search).toBe("?groupBy=ward&fiscalYear=2026"));
    expect(screen.getByRole("button", { name: "区別" })).toHaveAttribute("aria-pressed", "true");
  });
});
