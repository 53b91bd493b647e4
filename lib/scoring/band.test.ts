import { describe, expect, it } from "vitest";
import { bandFor } from "./band";
import { percentHalfUp } from "./weights";

describe("bandFor", () => {
  it.each([
    [0, "at-risk"],
    [39, "at-risk"],
    [40, "developing"],
    [59, "developing"],
    [60, "established"],
    [79, "established"],
    [80, "ready"],
    [100, "ready"],
  ] as const)("overall %i is %s", (overall, band) => {
    expect(bandFor(overall, false)).toBe(band);
  });

  it.each([
    [39, "at-risk"],
    [59, "developing"],
    [79, "established"],
    [80, "established"],
    [100, "established"],
  ] as const)("with a weak critical control, overall %i is %s", (overall, band) => {
    expect(bandFor(overall, true)).toBe(band);
  });
});

describe("percentHalfUp", () => {
  it.each([
    [0, 4, 0],
    [1, 8, 13],
    [1, 3, 33],
    [2, 3, 67],
    [21, 52, 40],
    [1, 200, 1],
    [1, 201, 0],
    [5, 6, 83],
    [7, 7, 100],
  ])("100 * %i / %i rounds to %i", (n, d, expected) => {
    expect(percentHalfUp(n, d)).toBe(expected);
  });

  it("rejects an empty denominator", () => {
    expect(() => percentHalfUp(1, 0)).toThrow(RangeError);
  });
});
