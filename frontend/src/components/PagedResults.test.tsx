import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../api/client";
import { type PagedQuery, PagedResults, type ResultPage } from "./PagedResults";
import { pageCount } from "./Pagination";

type NamePage = ResultPage<string>;

function query(overrides: Partial<PagedQuery<NamePage>>): PagedQuery<NamePage> {
  return {
    isPending: false,
    isError: false,
    error: null,
    data: undefined,
    isPlaceholderData: false,
    refetch: vi.fn(),
    ...overrides,
  };
}

function renderResults(result: PagedQuery<NamePage>, page = 1, onPage = vi.fn()) {
  render(
    <PagedResults query={result} page={page} onPage={onPage} empty="該当なし" total={(count) => `全${count}件`}>
      {(items) => (
        <table>
          <caption>名前</caption>
          <tbody>
            {items.map((name) => (
              <tr key={name}>
                <td>{name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </PagedResults>,
  );
  return onPage;
}

describe("PagedResults", () => {
  it("says it is loading while the first page is read", () => {
    renderResults(query({ isPending: true }));
    expect(screen.getByRole("status")).toHaveTextContent("読み込み中です…");
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("shows the API's error with a way to try again", async () => {
    const refetch = vi.fn();
    const error = new ApiError({ type: "about:blank", title: "サーバーエラー", titleEn: "Server error", status: 500 });
    renderResults(query({ isError: true, error, refetch }));
    expect(screen.getByText("サーバーエラー")).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole("button", { name: "もう一度読み込む" }));
    expect(refetch).toHaveBeenCalled();
  });

  it("says so when nothing matches, without a table or pages", () => {
    renderResults(query({ data: { items: [], total: 0, size: 20 } }));
    expect(screen.getByRole("status")).toHaveTextContent("該当なし");
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    expect(screen.queryByRole("navigation")).not.toBeInTheDocument();
  });

  it("shows the number found, the page's table and the pagination", () => {
    renderResults(query({ data: { items: ["青木", "井上"], total: 45, size: 20 } }), 2);
    expect(screen.getByRole("status")).toHaveTextContent("全45件");
    expect(screen.getByRole("table", { name: "名前" })).toBeInTheDocument();
    expect(screen.getByRole("cell", { name: "井上" })).toBeInTheDocument();
    const pages = screen.getByRole("navigation", { name: "ページ送り" });
    expect(pages).toHaveTextContent("2 / 3 ページ");
    expect(screen.getByRole("button", { name: "前のページ" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "次のページ" })).toBeEnabled();
  });

  it("shows no pagination when everything fits on one page", () => {
    renderResults(query({ data: { items: ["青木"], total: 1, size: 20 } }));
    expect(screen.getByRole("status")).toHaveTextContent("全1件");
    expect(screen.queryByRole("navigation")).not.toBeInTheDocument();
  });

  it("asks for the next and the previous page", async () => {
    const user = userEvent.setup();
    const onPage = renderResults(query({ data: { items: ["青木"], total: 45, size: 20 } }), 2);
    await user.click(screen.getByRole("button", { name: "次のページ" }));
    expect(onPage).toHaveBeenLastCalledWith(3);
    await user.click(screen.getByRole("button", { name: "前のページ" }));
    expect(onPage).toHaveBeenLastCalledWith(1);
  });

  it("marks the list busy while the next page is read", () => {
    renderResults(query({ data: { items: ["青木"], total: 45, size: 20 }, isPlaceholderData: true }), 1);
    expect(screen.getByRole("status").parentElement).toHaveAttribute("aria-busy", "true");
    expect(screen.getByRole("button", { name: "前のページ" })).toBeDisabled();
  });

  it("counts at least one page", () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(40, 20)).toBe(2);
    expect(pageCount(41, 20)).toBe(3);
  });
});
