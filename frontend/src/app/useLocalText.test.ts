import { describe, expect, it } from "vitest";
import { shownText } from "./useLocalText";

describe("shownText", () => {
  it("shows the English version on an English page", () => {
    expect(shownText("en", "即日", "Same day")).toEqual({ text: "Same day" });
  });

  it("shows the Japanese marked as Japanese on an English page when there is no English", () => {
    expect(shownText("en", "即日", null)).toEqual({ text: "即日", lang: "ja" });
    expect(shownText("en", "即日", "")).toEqual({ text: "即日", lang: "ja" });
  });

  it("shows the Japanese unmarked on a Japanese page", () => {
    expect(shownText("ja", "即日", "Same day")).toEqual({ text: "即日" });
  });

  it("shows the English marked as English only when there is no Japanese, and nothing when there is no text", () => {
    expect(shownText("ja", null, "Same day")).toEqual({ text: "Same day", lang: "en" });
    expect(shownText("en", null, null)).toBeNull();
    expect(shownText("ja", "", undefined)).toBeNull();
  });
});
