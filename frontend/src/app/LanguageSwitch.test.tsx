import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { useTranslation } from "react-i18next";
import { LANGUAGE_STORAGE_KEY } from "./i18n";
import { LanguageSwitch } from "./LanguageSwitch";

function Heading() {
  const { t } = useTranslation();
  return <h1>{t("home.title")}</h1>;
}

const EN_SKIP = "Skip to main content";

describe("LanguageSwitch", () => {
  it("switches to English, remembers the choice and sets <html lang>", async () => {
    const user = userEvent.setup();
    render(
      <>
        <LanguageSwitch />
        <Heading />
      </>,
    );
    const group = screen.getByRole("group", { name: "言語 / Language" });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "日本語" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("heading", { name: "区政ハブへようこそ" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "English" }));

    expect(screen.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("button", { name: "日本語" })).toHaveAttribute("aria-pressed", "false");
    expect(screen.getByRole("heading", { name: "Welcome to WardHub" })).toBeInTheDocument();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("en");
    expect(document.documentElement.lang).toBe("en");

    await user.click(screen.getByRole("button", { name: "日本語" }));
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("ja");
    expect(document.documentElement.lang).toBe("ja");
  });

  it("starts in the language remembered from an earlier visit, its texts fetched before the app renders", async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, "en");
    vi.resetModules();
    const { default: fresh, i18nReady } = await import("./i18n");
    await i18nReady;
    expect(fresh.language).toBe("en");
    expect(fresh.t("app.skipToContent")).toBe(EN_SKIP);
    expect(document.documentElement.lang).toBe("en");
  });

  it("falls back to Japanese for an unknown remembered language", async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, "fr");
    vi.resetModules();
    const { default: fresh } = await import("./i18n");
    expect(fresh.language).toBe("ja");
    expect(document.documentElement.lang).toBe("ja");
  });
});
