import "server-only";
// A fixed-window counter kept in the database, so limits hold across restarts
// and across server processes. Each step is a single conditional UPDATE, so
// two requests racing for the last slot cannot both win.
import { prisma } from "@/lib/db/prisma";

export type RateLimitRule = { key: string; limit: number; windowMs: number };
export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export async function consumeRateLimit({ key, limit, windowMs }: RateLimitRule): Promise<RateLimitDecision> {
  const now = Date.now();
  const windowStart = BigInt(now - windowMs);
  for (let attempt = 0; attempt < 5; attempt++) {
    const counted = await prisma.rateLimit.updateMany({
      where: { key, count: { lt: limit }, lastRequest: { gte: windowStart } },
      data: { count: { increment: 1 } },
    });
    if (counted.count === 1) return { allowed: true };
    const reset = await prisma.rateLimit.updateMany({
      where: { key, lastRequest: { lt: windowStart } },
      data: { count: 1, lastRequest: BigInt(now) },
    });
    if (reset.count === 1) return { allowed: true };
    const existing = await prisma.rateLimit.findUnique({ where: { key }, select: { count: true, lastRequest: true } });
    if (existing) {
      // Refuse only a full, current window. Both updates can also miss because
      // another request created or reset the row in between: count again.
      if (existing.count >= limit && existing.lastRequest >= windowStart) {
        const retryAfterMs = Number(existing.lastRequest) + windowMs - now;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
      }
      continue;
    }
    try {
      await prisma.rateLimit.create({ data: { key, count: 1, lastRequest: BigInt(now) } });
      return { allowed: true };
    } catch {
      // Another request created the row first: go round and count against it.
    }
  }
  return { allowed: false, retryAfterSeconds: 1 };
}
