import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ApiError } from "../api/client";
import type { Schema } from "../api/schemas";
import i18n from "../app/i18n";
import { withoutIds } from "../lib/apiText";
import { ErrorMessage } from "./ErrorMessage";

const REQUEST_ID = "3f1c2a7e-1b2d-4c5e-9f00-123456789abc";

/** The grant above its limit, as the API answers it in each language. */
function overLimit(language: "ja" | "en"): ApiError {
  const message =
    language === "ja" ? "予算の残額 100,000 円を超えています" : "above the remaining budget (100,000 yen)";
  const problem: Schema<"Problem"> = {
    type: "https://wardhub.city/problems/support-amount-limit",
    title: language === "ja" ? "支援制度の限度を超えています" : "Beyond a limit of the support programme",
    titleEn: "Beyond a limit of the support programme",
    status: 422,
    detail: message,
    requestId: REQUEST_ID,
    errors: [{ field: "grantedAmountYen", rule: "remainingBudget", message }],
  };
  return new ApiError(problem, undefined, language);
}

function notFound(language: "ja" | "en"): ApiError {
  return new ApiError(
    {
      type: "https://wardhub.city/problems/not-found",
      title: language === "ja" ? "見つかりません" : "Not found",
      titleEn: "Not found",
      status: 404,
      detail:
        language === "ja"
          ? `整理券が見つかりません: ${REQUEST_ID.replace("3f1c", "0000")}`
          : `ticket not found: ${REQUEST_ID.replace("3f1c", "0000")}`,
      requestId: REQUEST_ID,
    },
    undefined,
    language,
  );
}

function alertText(): string {
  return screen.getByRole("alert").textContent ?? "";
}

/** How often `text` appears on the whole page. */
function occurrences(text: string): number {
  return document.body.textContent?.split(text).length ?? 1;
}

describe("ErrorMessage", () => {
  it("shows a field error once, beside its field, with the title and a reference line in Japanese", () => {
    render(
      <>
        <ErrorMessage error={overLimit("ja")} fieldsShown={["grantedAmountYen"]} />
        <p className="field-error">予算の残額 100,000 円を超えています</p>
      </>,
    );
    const alert = screen.getByRole("alert");
    expect(within(alert).getByText("支援制度の限度を超えています")).toBeInTheDocument();
    expect(within(alert).getByText("入力欄に示した内容を確認してください。")).toBeInTheDocument();
    expect(within(alert).getByText(`お問い合わせ番号: ${REQUEST_ID}`)).toBeInTheDocument();
    expect(occurrences("予算の残額 100,000 円を超えています") - 1).toBe(1);
    expect(alertText()).not.toMatch(/[a-z]{3,} [a-z]{3,}/);
  });

  it("shows the same error in English only", async () => {
    await i18n.changeLanguage("en");
    render(<ErrorMessage error={overLimit("en")} fieldsShown={["grantedAmountYen"]} />);
    const alert = screen.getByRole("alert");
    expect(within(alert).getByText("Beyond a limit of the support programme")).toBeInTheDocument();
    expect(within(alert).getByText("Please check the messages at the fields.")).toBeInTheDocument();
    expect(within(alert).getByText(`Reference for support: ${REQUEST_ID}`)).toBeInTheDocument();
    expect(alertText()).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(alertText()).not.toContain("above the remaining budget");
  });

  it("lists the field errors the form does not show beside a field, without repeating them as the detail", () => {
    render(<ErrorMessage error={overLimit("ja")} />);
    expect(within(screen.getByRole("listitem")).getByText("予算の残額 100,000 円を超えています")).toBeInTheDocument();
    expect(occurrences("予算の残額 100,000 円を超えています") - 1).toBe(1);
    expect(screen.queryByText("入力欄に示した内容を確認してください。")).not.toBeInTheDocument();
  });

  it("adds the detail when it says more than the title, without the UUID it names", () => {
    render(<ErrorMessage error={notFound("ja")} />);
    expect(screen.getByText("見つかりません")).toBeInTheDocument();
    expect(screen.getByText("整理券が見つかりません")).toBeInTheDocument();
    const withoutReference = alertText().replace(`お問い合わせ番号: ${REQUEST_ID}`, "");
    expect(withoutReference).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
  });

  it("says the detail in English when the API answered in English", async () => {
    await i18n.changeLanguage("en");
    render(<ErrorMessage error={notFound("en")} />);
    expect(screen.getByText("Not found")).toBeInTheDocument();
    expect(screen.getByText("ticket not found")).toBeInTheDocument();
  });

  it("leaves out a detail that only repeats the title", () => {
    const error = new ApiError({
      type: "about:blank",
      title: "見つかりません",
      titleEn: "Not found",
      status: 404,
      detail: "見つかりません",
    });
    render(<ErrorMessage error={error} />);
    expect(occurrences("見つかりません") - 1).toBe(1);
  });

  it("words an unreachable server and an answer without a problem in the UI's language", async () => {
    const unreachable = new ApiError(
      { type: "about:blank", title: "x", titleEn: "x", status: 0 },
      undefined,
      undefined,
      "unreachable",
    );
    const gateway = new ApiError(
      { type: "about:blank", title: "Bad Gateway", titleEn: "Bad Gateway", status: 502 },
      undefined,
      undefined,
      "status",
    );
    const { unmount } = render(<ErrorMessage error={unreachable} />);
    expect(screen.getByText("サーバーに接続できませんでした")).toBeInTheDocument();
    unmount();
    await i18n.changeLanguage("en");
    render(<ErrorMessage error={gateway} />);
    expect(screen.getByText("The server could not answer (502)")).toBeInTheDocument();
    expect(screen.queryByText("Bad Gateway")).not.toBeInTheDocument();
  });

  it("says when to try again only when the detail does not already", () => {
    const throttled = new ApiError(
      { type: "about:blank", title: "しばらく待ってから再度お試しください", titleEn: "Too many requests", status: 429 },
      30,
      "ja",
    );
    render(<ErrorMessage error={throttled} />);
    expect(screen.getByText("30秒後にもう一度お試しください。")).toBeInTheDocument();
  });
});

describe("withoutIds", () => {
  it("drops UUIDs and the colon before them", () => {
    expect(withoutIds(`整理券が見つかりません: ${REQUEST_ID}`)).toBe("整理券が見つかりません");
    expect(withoutIds(`ticket ${REQUEST_ID.toUpperCase()} not found`)).toBe("ticket not found");
    expect(withoutIds("施設が見つかりません: 42")).toBe("施設が見つかりません: 42");
  });
});
