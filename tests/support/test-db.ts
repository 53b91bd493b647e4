// The database suite runs against whatever DATABASE_URL names (scripts/test-all.sh
// runs it once on SQLite and once on Postgres), through the same client
// factory the app uses.
import { createPrismaClient, prepareDatabase, type Db } from "@/lib/db/create-client";

export const testDatabaseUrl = process.env.DATABASE_URL ?? "file:./data/test-suite.db";

export async function openTestDb(): Promise<Db> {
  const db = createPrismaClient(testDatabaseUrl);
  await prepareDatabase(db, testDatabaseUrl);
  return db;
}

export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}
