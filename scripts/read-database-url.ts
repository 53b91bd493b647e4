// The database a command-line tool should act on: DATABASE_URL from the
// environment, else from .env, else the app's default, the same precedence the
// app itself uses (Next.js loads .env, the environment wins).
import { existsSync, readFileSync } from "node:fs";
import { parseEnv } from "node:util";

export function readDatabaseUrl(): string {
  const fromFile = existsSync(".env") ? parseEnv(readFileSync(".env", "utf8")).DATABASE_URL : undefined;
  return process.env.DATABASE_URL || fromFile || "file:./data/steward.db";
}
