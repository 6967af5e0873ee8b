import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Schema } from "../../api/schemas";
import {
  closedAnswer,
  juminhyo,
  juminhyoSummary,
  kisaiSummary,
  openAnswer,
  registryCategory,
} from "../../test/counterFixtures";
import { json, mockFetch, problem } from "../../test/fetchMock";
import { wards } from "../../test/fixtures";
import { renderRoute } from "../../test/renderRoute";

function finderRequests(requests: Request[]): URLSearchParams[] {
  return requests
    .map((request) => new URL(request.url))
    .filter((url) => url.pathname === "/api/v1/finder")
    .map((url) => url.searchParams);
}

describe("counter guide finder", () => {
  it("answers where and when: the procedure, each place with level in words, that day's hours, conditions and fee", async () => {
    const { requests } = mockFetch({
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/finder": () => json(openAnswer),
    });

    renderRoute("/counter?procedure=juminhyo-copy&date=2026-12-01&ward=431056");

    expect(await screen.findByRole("heading", { level: 1, name: "窓口案内" })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe("窓口案内 | 区政ハブ"));
    expect(await screen.findByRole("heading", { level: 2, name: "住民票の写し" })).toBeInTheDocument();
    expect(screen.getByText("本人確認書類（マイナンバーカード、運転免許証など）")).toBeInTheDocument();
    expect(screen.getByText("手数料", { selector: "dt" }).nextElementSibling).toHaveTextContent("300円（1通につき）");
    expect(screen.getByText("即日")).toBeInTheDocument();
    expect(finderRequests(requests)[0].toString()).toBe("procedure=juminhyo-copy&date=2026-12-01&ward=431056");

    expect(
      screen.getByRole("heading", { level: 2, name: "令和8年12月1日(火)に手続きができる場所" }),
    ).toBeInTheDocument();
    expect(screen.getByText("3か所で手続きができます。")).toBeInTheDocument();

    const mine = screen.getByRole("table", { name: "お住まいの区（北区）の窓口" });
    const kitaRow = within(mine).getByRole("row", { name: /北区役所/ });
    expect(within(kitaRow).getByRole("link", { name: "北区役所" })).toHaveAttribute("href", "/offices/6");
    expect(kitaRow).toHaveTextContent("◎取扱い");
    expect(kitaRow).toHaveTextContent("8:30〜17:15");

    const others = screen.getByRole("table", { name: "ほかの区の窓口" });
    const chuoRow = within(others).getByRole("row", { name: /中央区役所/ });
    expect(chuoRow).toHaveTextContent("△受付のみ");
    expect(chuoRow).toHaveTextContent("郵送でお届けします");
    expect(chuoRow).toHaveTextContent("中央区にお住まいの方のみ");

    const channels = screen.getByRole("table", { name: "コンビニ交付・オンライン・郵送など" });
    const storeRow = within(channels).getByRole("row", { name: /コンビニ交付/ });
    expect(within(storeRow).queryByRole("link")).not.toBeInTheDocument();
    expect(storeRow).toHaveTextContent("6:30〜23:00");
    expect(storeRow).toHaveTextContent("200円");

    expect(screen.getByRole("link", { name: "住民票記載事項証明書" })).toHaveAttribute(
      "href",
      "/counter?procedure=juminhyo-kisai&date=2026-12-01&ward=431056",
    );
    // The search box shows the procedure of the URL once the answer has named it.
    await waitFor(() => expect(screen.getByRole("combobox", { name: "手続きを探す" })).toHaveValue("住民票の写し"));
    expect(screen.getByLabelText("窓口に行く日")).toHaveValue("2026-12-01");
    expect(screen.getByLabelText("お住まいの区")).toHaveValue("431056");
  });

  it("shows 今何人待ち beside an office open now, as the answer gives it", async () => {
    const withQueue: Schema<"FinderAnswer"> = {
      ...openAnswer,
      results: openAnswer.results.map((r, i) =>
        i === 0
          ? { ...r, queue: { laneLetter: "B", waiting: 3, estimatedWaitMinutes: 15, asOf: "2026-12-01T01:00:00Z" } }
          : r,
      ),
    };
    mockFetch({
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/finder": () => json(withQueue),
    });

    renderRoute("/counter?procedure=juminhyo-copy&date=2026-12-01&ward=431056");

    const mine = await screen.findByRole("table", { name: "お住まいの区（北区）の窓口" });
    expect(within(mine).getByRole("row", { name: /北区役所/ })).toHaveTextContent("今3人待ち （約15分）");
    const others = screen.getByRole("table", { name: "ほかの区の窓口" });
    expect(within(others).getByRole("row", { name: /中央区役所/ })).not.toHaveTextContent("人待ち");
  });

  it("explains why nothing is open and searches the next open date", async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch({
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/finder": (request) =>
        new URL(request.url).searchParams.get("date") === "2027-01-04"
          ? json({ ...openAnswer, date: "2027-01-04" })
          : json(closedAnswer),
    });
    const { router } = renderRoute("/counter?procedure=juminhyo-copy&date=2027-01-01");

    expect(await screen.findByText("この日に手続きができる場所はありません。")).toBeInTheDocument();
    expect(screen.getByText("令和9年1月1日(金)は、この手続きができる窓口がすべて閉まっています。")).toBeInTheDocument();
    expect(screen.getByText(/（年末年始）。次に手続きできるのは 2027-01-04 です。/)).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "次に手続きできる日（令和9年1月4日(月)）で探す" }));

    expect(router.state.location.search).toBe("?procedure=juminhyo-copy&date=2027-01-04");
    expect(await screen.findByRole("heading", { name: "令和9年1月4日(月)に手続きができる場所" })).toHaveFocus();
    expect(screen.getByLabelText("窓口に行く日")).toHaveValue("2027-01-04");
    expect(finderRequests(requests).map((params) => params.get("date"))).toEqual(["2027-01-01", "2027-01-04"]);
  });

  it("in English shows the texts translated and marks the ones left in Japanese as Japanese", async () => {
    const user = userEvent.setup();
    const translated: Schema<"FinderAnswer"> = {
      ...openAnswer,
      procedure: {
        ...juminhyo,
        descriptionEn: "A document certifying the address and name recorded in the Basic Resident Register.",
        feeNoteEn: "per copy",
      },
      results: openAnswer.results.map((result, i) => (i === 0 ? { ...result, feeNoteEn: "per copy" } : result)),
    };
    mockFetch({
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/finder": () => json(translated),
    });
    renderRoute("/counter?procedure=juminhyo-copy&date=2026-12-01&ward=431056");
    expect(await screen.findByText("住民基本台帳に記録された住所・氏名などを証明する書類です。")).not.toHaveAttribute(
      "lang",
    );
    expect(screen.getByText("即日")).not.toHaveAttribute("lang");

    await user.click(screen.getByRole("button", { name: "English" }));

    const description = await screen.findByText(
      "A document certifying the address and name recorded in the Basic Resident Register.",
    );
    expect(description).not.toHaveAttribute("lang");
    expect(screen.queryByText("住民基本台帳に記録された住所・氏名などを証明する書類です。")).not.toBeInTheDocument();
    expect(screen.getByText("本人確認書類（マイナンバーカード、運転免許証など）")).toHaveAttribute("lang", "ja");
    expect(screen.getByText("即日")).toHaveAttribute("lang", "ja");
    const fee = screen.getByText("Fee", { selector: "dt" }).nextElementSibling!;
    expect(fee).toHaveTextContent("¥300 (per copy)");
    expect(within(fee as HTMLElement).getByText("per copy")).not.toHaveAttribute("lang");

    const kitaRow = screen.getByRole("row", { name: /Kita Ward Office/ });
    expect(kitaRow).toHaveTextContent("¥300 (per copy)");
    const chuoRow = screen.getByRole("row", { name: /Chuo Ward Office/ });
    expect(within(chuoRow).getByText("Sent by post")).not.toHaveAttribute("lang");
    const storeRow = screen.getByRole("row", { name: /Convenience store issuance/ });
    expect(within(storeRow).getByText("マイナンバーカードが必要")).toHaveAttribute("lang", "ja");
  });

  it("shows the explanation in English", async () => {
    const user = userEvent.setup();
    mockFetch({
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/finder": () => json(closedAnswer),
    });
    renderRoute("/counter?procedure=juminhyo-copy&date=2027-01-01");
    await screen.findByText(/年末年始/);
    await user.click(screen.getByRole("button", { name: "English" }));

    expect(screen.getByText(/closed \(Year-end holidays\)/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Search the next open date/ })).toBeInTheDocument();
  });

  it("suggests procedures as the resident types and searches the one picked", async () => {
    const user = userEvent.setup();
    const page: Schema<"ProcedurePage"> = { items: [juminhyoSummary, kisaiSummary], page: 0, size: 10, total: 2 };
    const { requests } = mockFetch({
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/procedure-categories": () => json([registryCategory]),
      "GET /api/v1/procedures": () => json(page),
      "GET /api/v1/finder": () => json(openAnswer),
    });
    const { router } = renderRoute("/counter");
    expect(await screen.findByRole("link", { name: "住民票・戸籍の証明" })).toHaveAttribute(
      "href",
      "/counter/matrix?category=registry",
    );

    const box = await screen.findByRole("combobox", { name: "手続きを探す" });
    await user.type(box, "じゅうみんひょう");
    // on a slow machine the box may already have searched for the first letters; wait for the whole word
    const lastSearch = () =>
      requests
        .map((request) => new URL(request.url))
        .filter((url) => url.pathname === "/api/v1/procedures")
        .at(-1)
        ?.searchParams.get("q");
    await waitFor(() => expect(lastSearch()).toBe("じゅうみんひょう"));
    const option = await screen.findByRole("option", { name: "住民票の写し" });
    expect(option).toHaveAccessibleDescription("住民票・戸籍の証明");
    expect(screen.getByRole("option", { name: "住民票記載事項証明書" })).toBeInTheDocument();

    await user.click(option);

    await waitFor(() =>
      expect(router.state.location.search).toMatch(/^\?procedure=juminhyo-copy&date=\d{4}-\d{2}-\d{2}$/),
    );
    expect(await screen.findByRole("heading", { level: 2, name: "住民票の写し" })).toBeInTheDocument();
  });

  it("searches free text as q, and asks for a name when the box is empty", async () => {
    const user = userEvent.setup();
    mockFetch({
      "GET /api/v1/wards": () => json(wards),
      "GET /api/v1/procedure-categories": () => json([registryCategory]),
      "GET /api/v1/procedures": () => json({ items: [], page: 0, size: 10, total: 0 }),
      "GET /api/v1/finder": () =>
        problem({
          type: "about:blank",
          title: "該当する手続きが見つかりません",
          titleEn: "No matching procedure",
          status: 404,
        }),
    });
    const { router } = renderRoute("/counter");

    await user.click(await screen.findByRole("button", { name: "探す" }));
    expect(screen.getByText("手続きの名前を入力してください。")).toBeInTheDocument();
    expect(router.state.location.search).toBe("");

    await user.type(await screen.findByRole("combobox", { name: "手続きを探す" }), "ｿﾝﾅﾃﾂﾂﾞｷ");
    await user.selectOptions(screen.getByLabelText("お住まいの区"), "431010");
    await user.click(screen.getByRole("button", { name: "探す" }));

    expect(router.state.location.search).toMatch(/^\?q=%EF%BD%BF.*&date=\d{4}-\d{2}-\d{2}&ward=431010$/);
    expect(await screen.findByRole("alert")).toHaveTextContent("該当する手続きが見つかりません");
  });
});
