// SQLite through Prisma's better-sqlite3 adapter runs every query on one
// connection. A query issued outside a transaction while another request's
// interactive transaction is open must wait for it (patches/ makes the
// adapter do so); otherwise it would run inside that transaction, read its
// uncommitted rows, and vanish if the transaction rolls back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/create-client";
import { isPostgresUrl } from "@/lib/db/create-client";
import { openTestDb, testDatabaseUrl, uniqueSuffix } from "@/tests/support/test-db";

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(async () => {
  await db.$disconnect();
});

describe.runIf(!isPostgresUrl(testDatabaseUrl))("SQLite transactions and concurrent queries", () => {
  it("keeps a write made outside a transaction that later rolls back", async () => {
    const inside = `inside-${uniqueSuffix()}`;
    const outside = `outside-${uniqueSuffix()}`;
    const failing = db
      .$transaction(async (tx) => {
        await tx.rateLimit.create({ data: { key: inside, count: 1, lastRequest: 0n } });
        await new Promise((r) => setTimeout(r, 50));
        throw new Error("business rule refused the change");
      })
      .catch(() => "rolled back");
    await new Promise((r) => setTimeout(r, 10));
    // Unrelated work while that transaction is open: awaited to success.
    await db.rateLimit.create({ data: { key: outside, count: 1, lastRequest: 0n } });
    const seenMeanwhile = await db.rateLimit.count({ where: { key: inside } });
    expect(await failing).toBe("rolled back");
    expect(seenMeanwhile).toBe(0);
    expect(await db.rateLimit.count({ where: { key: outside } })).toBe(1);
    expect(await db.rateLimit.count({ where: { key: inside } })).toBe(0);
  });
});
