// Prisma CLI configuration. The JS engine with driver adapters is used because
// native engines cannot be downloaded on every machine (see docs/architecture.md).
// DATABASE_URL picks the database: postgresql://… uses prisma/postgres/,
// anything else is a SQLite file.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

const url = process.env.DATABASE_URL ?? "file:./data/steward.db";
process.env.DATABASE_URL = url;
const isPostgres = /^postgres(ql)?:\/\//.test(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: isPostgres ? path.join("prisma", "postgres", "schema.prisma") : path.join("prisma", "schema.prisma"),
  adapter: async () =>
    isPostgres ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url }),
});
