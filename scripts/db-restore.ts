// `npm run db:restore -- <file>`: replaces the SQLite database that
// DATABASE_URL names with a backup, after checking the backup is intact and
// migrated. Stop the server first (see lib/db/sqlite-backup.ts).
import { resolve } from "node:path";
import { restoreSqlite, SqliteBackupError, sqliteFileFromUrl } from "@/lib/db/sqlite-backup";
import { readDatabaseUrl } from "@/scripts/read-database-url";

const [file, ...rest] = process.argv.slice(2);
if (!file || rest.length > 0) {
  console.error("usage: npm run db:restore -- <backup-file>   (stop the server first)");
  process.exit(2);
}
try {
  const target = sqliteFileFromUrl(readDatabaseUrl());
  const { safetyCopy } = await restoreSqlite({ backup: resolve(file), target });
  if (safetyCopy) console.log(`saved the database it replaced to ${safetyCopy}`);
  console.log(
    `restored ${target} from ${resolve(file)} (integrity ok). Run npm run db:migrate if the backup predates the latest migration.`,
  );
} catch (error) {
  console.error(`restore failed: ${error instanceof SqliteBackupError ? error.message : String(error)}`);
  process.exit(1);
}
