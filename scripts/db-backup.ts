// `npm run db:backup -- <file>`: an online backup of the SQLite database that
// DATABASE_URL names, safe while the server is running (see lib/db/sqlite-backup.ts).
import { resolve } from "node:path";
import { backupSqlite, SqliteBackupError, sqliteFileFromUrl } from "@/lib/db/sqlite-backup";
import { readDatabaseUrl } from "@/scripts/read-database-url";

const [file, ...rest] = process.argv.slice(2);
if (!file || rest.length > 0) {
  console.error("usage: npm run db:backup -- <backup-file>   (the file must not exist yet)");
  process.exit(2);
}
try {
  const source = sqliteFileFromUrl(readDatabaseUrl());
  const destination = resolve(file);
  const { bytes } = backupSqlite({ source, destination });
  console.log(`backed up ${source} to ${destination} (${(bytes / 1024).toFixed(0)} KiB, integrity ok)`);
} catch (error) {
  console.error(`backup failed: ${error instanceof SqliteBackupError ? error.message : String(error)}`);
  process.exit(1);
}
