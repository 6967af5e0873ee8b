import { describe, expect, it } from "vitest";
import { foldForSearch, matchesSearch } from "./searchText";

describe("search text", () => {
  it("folds half-width katakana, katakana and hiragana alike", () => {
    expect(foldForSearch("ｼﾞｭｳﾐﾝﾋｮｳ")).toBe("じゅうみんひょう");
    expect(foldForSearch("ジュウミンヒョウ")).toBe("じゅうみんひょう");
    expect(foldForSearch("ＭＯＶＩＮＧ　in")).toBe("movingin");
  });

  it("matches any of the texts, and everything when empty", () => {
    expect(matchesSearch("ｲﾝｶﾝ", ["いんかん登録"])).toBe(true);
    expect(matchesSearch("ｲﾝｶﾝ", ["転入届", null])).toBe(false);
    expect(matchesSearch(" ", ["転入届"])).toBe(true);
  });
});
