import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Link, MemoryRouter, Route, Routes, useLocation } from "react-router";
import { describe, expect, it } from "vitest";
import "../app/i18n";
import { NoticeProvider, useArrivalNotice, useNotice } from "./PageNotice";

function Saver() {
  const notice = useNotice();
  return (
    <>
      <button type="button" onClick={() => notice.show("手続きを保存しました。")}>
        手続きを保存
      </button>
      <button type="button" onClick={() => notice.show("取り扱う場所を保存しました。")}>
        場所を保存
      </button>
      <Link to="/other">ほかのページ</Link>
    </>
  );
}

function Arrived() {
  const state = useLocation().state as { created?: boolean } | null;
  useArrivalNotice(state?.created ? "登録しました。" : undefined);
  return <p>登録した手続き</p>;
}

function renderApp(path = "/", state?: unknown) {
  return render(
    <MemoryRouter initialEntries={[{ pathname: path, state }]}>
      <NoticeProvider>
        <Routes>
          <Route path="/" element={<Saver />} />
          <Route path="/other" element={<p>ほかのページです</p>} />
          <Route path="/created" element={<Arrived />} />
        </Routes>
      </NoticeProvider>
    </MemoryRouter>,
  );
}

describe("PageNotice", () => {
  it("shows one notice at a time, the next replacing the one before, in a polite live region", async () => {
    const user = userEvent.setup();
    renderApp();
    const live = screen.getByTestId("page-notice").querySelector("[aria-live]");
    expect(live).toHaveAttribute("aria-live", "polite");
    expect(screen.queryByRole("status")).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "手続きを保存" }));
    expect(screen.getByRole("status")).toHaveTextContent("手続きを保存しました。");
    await user.click(screen.getByRole("button", { name: "場所を保存" }));
    expect(screen.getAllByRole("status")).toHaveLength(1);
    expect(screen.getByRole("status")).toHaveTextContent("取り扱う場所を保存しました。");
    expect(live).toContainElement(screen.getByRole("status"));
  });

  it("can be closed, and says the same words again when they are said again", async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole("button", { name: "手続きを保存" }));
    const first = screen.getByRole("status");
    await user.click(screen.getByRole("button", { name: "手続きを保存" }));
    // a new element, so that screen readers announce it again
    expect(screen.getByRole("status")).not.toBe(first);
    await user.click(screen.getByRole("button", { name: "閉じる" }));
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "閉じる" })).not.toBeInTheDocument();
  });

  it("goes away when the user leaves the page", async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole("button", { name: "手続きを保存" }));
    await user.click(screen.getByRole("link", { name: "ほかのページ" }));
    expect(await screen.findByText("ほかのページです")).toBeInTheDocument();
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
  });

  it("shows what the page before sent as the page opens", () => {
    renderApp("/created", { created: true });
    expect(screen.getByRole("status")).toHaveTextContent("登録しました。");
  });
});
