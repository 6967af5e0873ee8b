import { describe, expect, it } from "vitest";
import { niceCeiling } from "./chartScale";

describe("chart scales", () => {
  it("round the axis up to 1, 2 or 5 times a power of ten", () => {
    expect([0, 1, 3, 7, 10, 11, 42, 180, 501].map(niceCeiling)).toEqual([1, 1, 5, 10, 10, 20, 50, 200, 1000]);
  });
});
