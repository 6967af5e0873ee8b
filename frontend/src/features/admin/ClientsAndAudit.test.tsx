import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Schema } from "../../api/schemas";
import { startSession } from "../../lib/auth/session";
import { bureaus } from "../../test/coordinationFixtures";
import { admin } from "../../test/counterFixtures";
import { json, mockFetch } from "../../test/fetchMock";
import { chuoWardOffice, wards } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";
import { changedFields, toAuditApiQuery, auditFiltersOf } from "./auditFilters";
import { emptyClientDraft, toClientInput, toggleScope } from "./clientDraft";

const common = {
  "GET /api/v1/notifications": () => json({ items: [], page: 0, size: 1, total: 0, unread: 0 }),
  "GET /api/v1/bureaus": () => json(bureaus),
  "GET /api/v1/wards": () => json(wards),
  "GET /api/v1/offices": () => json({ items: [chuoWardOffice], page: 0, size: 100, total: 1 }),
};

const cityWeb: Schema<"PartnerClient"> = {
  clientId: "city-web",
  name: "熊本市ホームページ",
  scopes: ["catalogue:read", "voices:write"],
  active: true,
  createdAt: "2026-04-01T00:00:00Z",
  version: 3,
};

function clients(items: Schema<"PartnerClient">[]): Schema<"PartnerClientPage"> {
  return { items, page: 0, size: 20, total: items.length };
}

describe("client drafts", () => {
  it("binds only a kiosk to an office, and forgets the office when the kiosk scope goes", () => {
    let draft = { ...emptyClientDraft(), clientId: " kiosk-1 ", name: "発券機" };
    draft = toggleScope(draft, "queue:issue", true);
    draft = { ...draft, officeId: "1" };
    draft = toggleScope(draft, "catalogue:read", true);
    expect(toClientInput(draft)).toEqual({
      clientId: "kiosk-1",
      name: "発券機",
      scopes: ["catalogue:read", "queue:issue"],
      officeId: 1,
    });
    draft = toggleScope(draft, "queue:issue", false);
    expect(toClientInput(draft)).toMatchObject({ scopes: ["catalogue:read"], officeId: undefined });
  });
});

describe("partner clients", () => {
  it("registers a kiosk for an office and shows its secret once", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, admin);
    let sent: unknown;
    const { requests } = mockFetch({
      ...common,
      "GET /api/v1/partner-clients": () => json(clients([cityWeb])),
      "POST /api/v1/partner-clients": async (request) => {
        sent = await request.json();
        return json(
          {
            clientId: "kiosk-1",
            name: "発券機",
            scopes: ["queue:issue"],
            officeId: 1,
            active: true,
            version: 0,
            clientSecret: "s3cret-value",
          },
          201,
        );
      },
    });
    renderRoute("/admin/clients");

    expect(await screen.findByRole("heading", { level: 1, name: "連携システム・端末" })).toBeInTheDocument();
    await user.type(screen.getByRole("textbox", { name: /クライアント ID/ }), "kiosk-1");
    await user.type(screen.getByRole("textbox", { name: /名前/ }), "発券機");
    expect(screen.queryByLabelText(/発券する施設/)).not.toBeInTheDocument();
    await user.click(screen.getByRole("checkbox", { name: /queue:issue/ }));
    await user.selectOptions(await screen.findByLabelText(/発券する施設/), "中央区役所");
    await user.click(screen.getByRole("button", { name: "登録する" }));

    const shown = await screen.findByRole("region", { name: "kiosk-1 のシークレット" });
    expect(within(shown).getByText("s3cret-value")).toBeInTheDocument();
    expect(sent).toEqual({ clientId: "kiosk-1", name: "発券機", scopes: ["queue:issue"], officeId: 1 });
    expect(requests.find((r) => r.method === "POST")!.headers.get("Idempotency-Key")).toBeTruthy();
    await user.click(within(shown).getByRole("button", { name: "控えたので閉じる" }));
    expect(screen.queryByText("s3cret-value")).not.toBeInTheDocument();
  });

  it("revokes a client only after confirming, with the version read", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, admin);
    const { requests } = mockFetch({
      ...common,
      "GET /api/v1/partner-clients": () => json(clients([cityWeb])),
      "POST /api/v1/partner-clients/city-web/revoke": () => json({ ...cityWeb, active: false, version: 4 }),
    });
    renderRoute("/admin/clients");

    await user.click(await screen.findByRole("button", { name: "city-web を失効させる" }));
    const dialog = await screen.findByRole("alertdialog", { name: "city-web を失効させますか" });
    await user.click(within(dialog).getByRole("button", { name: "やめる" }));
    expect(requests.some((r) => r.method === "POST")).toBe(false);

    await user.click(screen.getByRole("button", { name: "city-web を失効させる" }));
    await user.click(within(await screen.findByRole("alertdialog")).getByRole("button", { name: "失効させる" }));
    expect(await screen.findByText("city-web を失効させました。")).toBeInTheDocument();
    expect(requests.find((r) => r.method === "POST")!.headers.get("If-Match")).toBe('"3"');
  });

  it("rotates a secret after confirming and shows the new one once", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, admin);
    const { requests } = mockFetch({
      ...common,
      "GET /api/v1/partner-clients": () => json(clients([cityWeb])),
      "POST /api/v1/partner-clients/city-web/rotate-secret": () =>
        json({ ...cityWeb, version: 4, clientSecret: "new-secret-value" }),
    });
    renderRoute("/admin/clients");

    await user.click(await screen.findByRole("button", { name: "city-web のシークレットを再発行する" }));
    const dialog = await screen.findByRole("alertdialog", { name: "city-web のシークレットを再発行しますか" });
    await user.click(within(dialog).getByRole("button", { name: "シークレットを再発行する" }));
    const shown = await screen.findByRole("region", { name: "city-web のシークレット" });
    expect(within(shown).getByText("new-secret-value")).toBeInTheDocument();
    expect(requests.find((r) => r.method === "POST")!.headers.get("If-Match")).toBe('"3"');
  });
});

describe("audit trail", () => {
  it("names the fields a change touched", () => {
    expect(
      changedFields({ role: "WARD", active: true, version: 1 }, { role: "LIAISON", active: true, version: 2 }),
    ).toEqual(["role"]);
    expect(changedFields(null, { a: 1, b: 2 })).toEqual(["a", "b"]);
    expect(changedFields(null, null)).toEqual([]);
  });

  it("asks for an id only with its record type", () => {
    expect(toAuditApiQuery(auditFiltersOf(new URLSearchParams("id=3&from=2026-02-30")))).toEqual({
      actor: undefined,
      entity: undefined,
      id: undefined,
      action: undefined,
      from: undefined,
      to: undefined,
      personalDataReads: undefined,
    });
  });

  it("filters by who, record and dates, and narrows to reads of personal data", async () => {
    const user = userEvent.setup();
    startSession("token-abc", 1800, admin);
    const entry: Schema<"AuditEntry"> = {
      id: 1,
      occurredAt: "2026-12-03T01:02:03Z",
      actor: "admin",
      action: "reset-password",
      entity: "staff",
      entityId: "3",
      before: { role: "WARD", passwordChangeRequired: false },
      after: { role: "WARD", passwordChangeRequired: true },
    };
    const { requests } = mockFetch({
      ...common,
      "GET /api/v1/audit": () => json({ items: [entry], page: 0, size: 50, total: 1 }),
    });
    const { router } = renderRoute("/admin/audit");

    const table = await screen.findByRole("table", { name: /監査記録の一覧/ });
    const row = within(table).getByRole("row", { name: /reset-password/ });
    expect(row).toHaveTextContent("2026年12月3日(木) 10:02:03");
    expect(row).toHaveTextContent("変更した項目: passwordChangeRequired");

    await user.type(screen.getByRole("textbox", { name: "操作者" }), "admin");
    await user.type(screen.getByRole("textbox", { name: "記録の種類" }), "staff");
    await user.type(screen.getByRole("textbox", { name: "記録の ID" }), "3");
    await user.type(screen.getByLabelText("開始日"), "2026-12-01");
    await user.click(screen.getByRole("checkbox", { name: "個人情報の閲覧の記録だけを表示する" }));
    await user.click(screen.getByRole("button", { name: "検索する" }));

    await waitFor(() =>
      expect(router.state.location.search).toBe(
        "?actor=admin&entity=staff&id=3&from=2026-12-01&personalDataReads=true",
      ),
    );
    await waitFor(() => {
      const asked = new URL(requests.filter((r) => new URL(r.url).pathname === "/api/v1/audit").at(-1)!.url);
      expect(Object.fromEntries(asked.searchParams)).toMatchObject({
        actor: "admin",
        entity: "staff",
        id: "3",
        from: "2026-12-01",
        personalDataReads: "true",
      });
    });
    expect(screen.getByRole("heading", { level: 2, name: "個人情報の閲覧の記録" })).toBeInTheDocument();
  });
});
