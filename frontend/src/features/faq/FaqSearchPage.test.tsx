import { screen, within, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Schema } from "../../api/schemas";
import { juminhyoSummary } from "../../test/counterFixtures";
import { json, mockFetch } from "../../test/fetchMock";
import { renderRoute } from "../../test/renderRoute";

const page: Schema<"FaqPage"> = {
  items: [
    {
      id: 1,
      procedureCode: "juminhyo-copy",
      audience: "RESIDENT",
      ownerSectionCode: "ward-administration",
      published: {
        revision: 1,
        questionJa: "住民票の写しは代理人でも取れますか。",
        answerJa: "委任状があれば代理人でも請求できます。",
        questionEn: "Can a proxy get a copy of my residence record?",
        answerEn: "Yes, with a letter of attorney.",
        author: "chuo",
        createdAt: "2026-10-01T01:00:00Z",
        approvedBy: "hq",
        approvedAt: "2026-10-02T01:00:00Z",
      },
      actions: [],
      version: 1,
    },
  ],
  page: 0,
  size: 20,
  total: 1,
};

describe("Q&A search", () => {
  it("searches published Q&A by keyword and procedure, keeping both in the URL", async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch({
      "GET /api/v1/procedures": () => json({ items: [juminhyoSummary], page: 0, size: 100, total: 1 }),
      "GET /api/v1/faqs": () => json(page),
    });
    const { router } = renderRoute("/counter/faq");

    expect(await screen.findByRole("heading", { level: 1, name: "よくある質問（Q&A）" })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe("よくある質問（Q&A） | 区政ハブ"));
    const results = screen.getByRole("region", { name: "検索結果" });
    expect(
      await within(results).findByRole("heading", { level: 3, name: /住民票の写しは代理人でも取れますか。/ }),
    ).toBeInTheDocument();
    expect(within(results).getByText("委任状があれば代理人でも請求できます。")).toBeInTheDocument();

    await user.type(screen.getByRole("searchbox", { name: "キーワード" }), "代理人");
    await user.selectOptions(await screen.findByLabelText("手続き"), "juminhyo-copy");
    await user.click(screen.getByRole("button", { name: "検索" }));

    expect(router.state.location.search).toBe("?q=%E4%BB%A3%E7%90%86%E4%BA%BA&procedure=juminhyo-copy");
    const asked = requests.map((request) => new URL(request.url)).filter((url) => url.pathname === "/api/v1/faqs");
    expect(asked.at(-1)?.searchParams.get("q")).toBe("代理人");
    expect(asked.at(-1)?.searchParams.get("procedure")).toBe("juminhyo-copy");
    // Anonymous: no state, no staff-only filter is sent.
    expect(asked.every((url) => !url.searchParams.has("state") && !url.searchParams.has("audience"))).toBe(true);
  });

  it("shows English text in English, and says when nothing matches", async () => {
    const user = userEvent.setup();
    mockFetch({
      "GET /api/v1/procedures": () => json({ items: [], page: 0, size: 100, total: 0 }),
      "GET /api/v1/faqs": (request) =>
        json(new URL(request.url).searchParams.get("q") ? { items: [], page: 0, size: 20, total: 0 } : page),
    });
    renderRoute("/counter/faq");
    await screen.findByText("委任状があれば代理人でも請求できます。");
    await user.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByText("Yes, with a letter of attorney.")).toBeInTheDocument();

    await user.type(screen.getByRole("searchbox", { name: "Keyword" }), "xyz");
    await user.click(screen.getByRole("button", { name: "Search" }));
    expect(await screen.findByText("No questions match your search")).toBeInTheDocument();
  });
});
