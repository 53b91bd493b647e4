// The database-backed rate limiter: a burst under the limit is never refused
// (even when requests race to create the counter), a full window is, and a new
// window starts counting again.
import { describe, expect, it } from "vitest";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { uniqueSuffix } from "@/tests/support/test-db";

describe("rate limiter", () => {
  it("allows a concurrent burst that stays under the limit", async () => {
    const rule = { key: `burst:${uniqueSuffix()}`, limit: 1000, windowMs: 60_000 };
    const decisions = await Promise.all(Array.from({ length: 60 }, () => consumeRateLimit(rule)));
    expect(decisions.filter((d) => !d.allowed)).toEqual([]);
  });

  it("refuses once the window is full, with a retry time, and never lets more through", async () => {
    const rule = { key: `full:${uniqueSuffix()}`, limit: 5, windowMs: 60_000 };
    const decisions = await Promise.all(Array.from({ length: 12 }, () => consumeRateLimit(rule)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(5);
    const refused = decisions.find((d) => !d.allowed);
    expect(refused && !refused.allowed && refused.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("starts a new window after the old one has passed", async () => {
    const rule = { key: `window:${uniqueSuffix()}`, limit: 1, windowMs: 200 };
    expect((await consumeRateLimit(rule)).allowed).toBe(true);
    expect((await consumeRateLimit(rule)).allowed).toBe(false);
    await new Promise((r) => setTimeout(r, 250));
    expect((await consumeRateLimit(rule)).allowed).toBe(true);
  });
});
