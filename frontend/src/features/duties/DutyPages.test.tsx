import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../lib/auth/session";
import type { Schema } from "../../api/schemas";
import { bureaus, mynumberDuty } from "../../test/coordinationFixtures";
import { hqStaff } from "../../test/counterFixtures";
import { json, mockFetch, problem } from "../../test/fetchMock";
import { chuoStaff } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";

const noNotifications = {
  "GET /api/v1/notifications": () => json({ items: [], page: 0, size: 1, total: 0, unread: 0 }),
  "GET /api/v1/bureaus": () => json(bureaus),
};

function page(items: Schema<"Duty">[]): Schema<"DutyPage"> {
  return { items, page: 0, size: 20, total: items.length };
}

const update: Schema<"AuditEntry"> = {
  id: 40,
  occurredAt: "2026-12-01T01:00:00Z",
  actor: "hq",
  action: "update",
  entity: "duty",
  entityId: "5",
  before: { ...mynumberDuty, wardRole: "窓口での受付", reasons: ["EFFICIENCY", "COUNTER_SERVICE"] },
  after: { ...mynumberDuty },
};

describe("duties search", () => {
  it("searches by keyword and filters, keeping them in the URL", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, chuoStaff);
    const { requests } = mockFetch({ ...noNotifications, "GET /api/v1/duties": () => json(page([mynumberDuty])) });
    const { router } = renderRoute("/duties");

    expect(await screen.findByRole("heading", { level: 1, name: "事務分担" })).toBeInTheDocument();
    await user.type(screen.getByRole("searchbox", { name: "キーワード" }), "まいなんばー");
    await user.selectOptions(screen.getByLabelText("担当"), "本庁と区の共同");
    await user.selectOptions(screen.getByLabelText("理由"), "窓口サービス");
    await user.selectOptions(screen.getByLabelText("問合せ先の課"), "区政推進課");
    await user.click(screen.getByRole("button", { name: "検索する" }));

    await waitFor(() =>
      expect(router.state.location.search).toBe(
        "?q=%E3%81%BE%E3%81%84%E3%81%AA%E3%82%93%E3%81%B0%E3%83%BC&side=SHARED&reason=COUNTER_SERVICE&section=ward-coordination",
      ),
    );
    await waitFor(() => {
      const asked = new URL(requests.filter((r) => new URL(r.url).pathname === "/api/v1/duties").at(-1)!.url);
      expect(Object.fromEntries(asked.searchParams)).toMatchObject({
        q: "まいなんばー",
        side: "SHARED",
        reason: "COUNTER_SERVICE",
        section: "ward-coordination",
      });
    });
    const table = screen.getByRole("table", { name: /事務分担の一覧/ });
    const row = within(table).getByRole("row", { name: /マイナンバーカードの交付/ });
    expect(within(row).getByRole("link")).toHaveAttribute("href", "/duties/5");
    expect(row).toHaveTextContent("本庁と区の共同");
    expect(row).toHaveTextContent("窓口サービス、効率性");
    expect(row).toHaveTextContent("政策局 区政推進課");
    // Ward staff read the registry; only HQ sections keep it.
    expect(screen.queryByRole("link", { name: "事務分担を登録する" })).not.toBeInTheDocument();
  });

  it("reads the filters back from a link", async () => {
    startSession("token-abc", 1800, chuoStaff);
    const { requests } = mockFetch({ ...noNotifications, "GET /api/v1/duties": () => json(page([])) });
    renderRoute("/duties?q=住民票&side=WARD");

    expect(await screen.findByText("条件に合う事務はありません。")).toBeInTheDocument();
    expect(screen.getByRole("searchbox", { name: "キーワード" })).toHaveValue("住民票");
    expect(screen.getByLabelText("担当")).toHaveValue("WARD");
    const asked = new URL(requests.find((r) => new URL(r.url).pathname === "/api/v1/duties")!.url);
    expect(asked.searchParams.get("side")).toBe("WARD");
  });
});

describe("a duty", () => {
  it("shows its contact section and its change history", async () => {
    startSession("token-abc", 1800, chuoStaff);
    mockFetch({
      ...noNotifications,
      "GET /api/v1/duties/5": () => json(mynumberDuty),
      "GET /api/v1/duties/5/history": () => json([update]),
    });
    renderRoute("/duties/5");

    expect(await screen.findByRole("heading", { level: 1, name: "マイナンバーカードの交付" })).toBeInTheDocument();
    const contact = screen.getByRole("region", { name: "問合せ先" });
    expect(await within(contact).findByText("政策局 区政推進課")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "この事務分担を編集する" })).not.toBeInTheDocument();

    const history = await screen.findByRole("list", { name: "変更履歴（新しい順）" });
    expect(history).toHaveTextContent("hq が変更しました");
    const changes = within(history).getByRole("table");
    // Only what changed, with reasons compared as a set.
    expect(within(changes).getAllByRole("row")).toHaveLength(2);
    expect(within(changes).getByRole("row", { name: /区の役割/ })).toHaveTextContent("窓口での受付窓口での交付");
  });

  it("lets the contact section edit it with If-Match, and shows a conflict plainly", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, hqStaff);
    let current = mynumberDuty;
    let history: Schema<"AuditEntry">[] = [];
    const puts: Request[] = [];
    let stale = false;
    mockFetch({
      ...noNotifications,
      "GET /api/v1/duties/5": () => json(current),
      "GET /api/v1/duties/5/history": () => json(history),
      "PUT /api/v1/duties/5": async (request) => {
        puts.push(request.clone());
        if (stale) {
          return problem({
            type: "https://wardhub.city/problems/precondition-failed",
            title: "他の人が先に更新しました",
            titleEn: "The record changed since you read it",
            status: 412,
          });
        }
        const input = (await request.json()) as Schema<"Duty">;
        history = [{ ...update, before: { ...current }, after: { ...current, ...input } }, ...history];
        current = { ...current, ...input, version: current.version + 1 };
        return json(current);
      },
    });
    renderRoute("/duties/5");

    expect(await screen.findByText("変更履歴はありません（当初の登録内容のままです）。")).toBeInTheDocument();
    await user.click(await screen.findByRole("button", { name: "この事務分担を編集する" }));
    const wardRole = screen.getByRole("textbox", { name: "区の役割" });
    await user.clear(wardRole);
    await user.type(wardRole, "窓口での交付と暗証番号の設定");
    await user.click(screen.getByRole("button", { name: "変更を保存する" }));

    expect(await screen.findByText("事務分担を変更しました。変更履歴に記録されています。")).toBeInTheDocument();
    expect(puts[0].headers.get("If-Match")).toBe('"2"');
    const list = await screen.findByRole("list", { name: "変更履歴（新しい順）" });
    expect(list).toHaveTextContent("窓口での交付と暗証番号の設定");

    stale = true;
    await user.click(screen.getByRole("button", { name: "この事務分担を編集する" }));
    await user.click(screen.getByRole("button", { name: "変更を保存する" }));
    expect(await screen.findByText("他の人が先に更新しました。再読み込みしてください")).toBeInTheDocument();
    expect(puts[1].headers.get("If-Match")).toBe('"3"');
  });

  it("registers a new duty for the user's own section", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, hqStaff);
    let sent: unknown;
    mockFetch({
      ...noNotifications,
      "POST /api/v1/duties": async (request) => {
        sent = await request.json();
        return json({ ...mynumberDuty, id: 77 }, 201);
      },
      "GET /api/v1/duties/77/history": () => json([]),
    });
    const { router } = renderRoute("/duties/new");

    await user.type(await screen.findByRole("textbox", { name: /事務の名前（日本語）/ }), "試験の事務");
    await user.type(screen.getByRole("textbox", { name: /事務の名前（英語）/ }), "Test duty");
    await user.type(screen.getByRole("textbox", { name: /内容/ }), "試験用");
    await user.selectOptions(screen.getByLabelText(/担当/), "区");
    await user.click(screen.getByRole("checkbox", { name: "近接性（住民に身近）" }));
    await waitFor(() => expect(screen.getByLabelText(/問合せ先の課/)).toHaveValue("ward-coordination"));
    await user.click(screen.getByRole("button", { name: "登録する" }));

    await waitFor(() => expect(router.state.location.pathname).toBe("/duties/77"));
    expect(sent).toEqual({
      titleJa: "試験の事務",
      titleEn: "Test duty",
      description: "試験用",
      side: "WARD",
      reasons: ["PROXIMITY"],
      contactSectionCode: "ward-coordination",
    });
  });
});
