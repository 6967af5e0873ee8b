import { describe, expect, it } from "vitest";
import { ja } from "./resources";
import { en } from "./resourcesEn";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

/** English has plural forms (key_one, key_other) where Japanese has one key. */
function baseKeys(bundle: object): string[] {
  return [...new Set(keys(bundle).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, "")))].sort();
}

describe("translations", () => {
  it("have the same keys in Japanese and English", () => {
    expect(baseKeys(en)).toEqual(baseKeys(ja));
  });

  it("leave no text empty", () => {
    const text = (bundle: object, key: string) =>
      key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], bundle);
    const empty = (bundle: object) => keys(bundle).filter((key) => text(bundle, key) === "");
    expect(empty(ja)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });
});
