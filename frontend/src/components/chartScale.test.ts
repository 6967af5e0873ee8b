import { describe, expect, it } from "vitest";
import { axisTicks, niceCeiling } from "./chartScale";

describe("chart scales", () => {
  it("round the axis up to 1, 2 or 5 times a power of ten", () => {
    expect([0, 1, 3, 7, 10, 11, 42, 180, 501].map(niceCeiling)).toEqual([1, 1, 5, 10, 10, 20, 50, 200, 1000]);
  });

  it("mark whole numbers along the axis", () => {
    expect(axisTicks(20)).toEqual([0, 5, 10, 15, 20]);
    expect(axisTicks(1)).toEqual([0, 1]);
  });
});
